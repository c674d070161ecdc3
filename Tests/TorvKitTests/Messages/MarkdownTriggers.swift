@testable import TorvKit

extension MessageTriggers {
    /// `content/strategi/handlinger.da.md` with this text; the text starts on line 6.
    fileprivate static func actions(_ body: String) -> [String: String] {
        ["content/strategi/handlinger.da.md": "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\n" + body + "\n"]
    }

    /// The catalogue fixture with a product whose `body` (Markdown, in Danish) is `body`.
    fileprivate static func productBody(_ body: String) -> [String: String] {
        let products = """
              - id: frokost
                kind: service
                category: catering
                title: {da: Frokost, en: Lunch}
                summary: {da: Frokostbuffet., en: Lunch buffet.}
                body: {da: "\(body)", en: Lunch.}
                price_note: {da: Efter aftale, en: On request}
            """
        return ["content/catalogue/cafe.yaml": CatalogueFixture.enterprise(id: "cafe", name: "Café Ø", cvr: "99060816", products: products)]
    }

    static let markdown: [MessageTrigger] = [
        MessageTrigger(
            entry: "badHeadingID(id:suggestion:)",
            files: actions("## Mål {#Mål_1}"),
            expected: "content/strategi/handlinger.da.md:6:8: error: bad-heading-id",
            fragment: "`Mål_1` may only contain"),
        MessageTrigger(
            entry: "duplicateHeadingID(id:)",
            files: actions("## Mål {#maal}\n\n## Flere mål {#maal}"),
            expected: "content/strategi/handlinger.da.md:8:14: error: duplicate-heading-id",
            fragment: "used twice"),
        MessageTrigger(
            entry: "headingLevel1()",
            files: actions("# Handlinger\n\nTekst."),
            expected: "content/strategi/handlinger.da.md:6:1: warning: heading-level-1",
            fragment: "should start at `##`"),
        MessageTrigger(
            entry: "headingSkip(previous:level:)",
            files: actions("### Første handling\n\nTekst."),
            expected: "content/strategi/handlinger.da.md:6:1: warning: heading-skip",
            fragment: "should be level 2"),
        MessageTrigger(
            entry: "headingNoSpace(marks:rest:)",
            files: actions("##Mål\n\nTekst."),
            expected: "content/strategi/handlinger.da.md:6:1: warning: heading-no-space",
            fragment: "a space is missing"),
        MessageTrigger(
            entry: "langSpanWithSpace()",
            files: actions("Projektet [SammenomJOB](lang: da) hjælper."),
            expected: "content/strategi/handlinger.da.md:6:24: warning: link-not-recognised",
            fragment: "`(lang: …)` with a space"),
        MessageTrigger(
            entry: "linkWithSpace()",
            files: actions("Se [strategien] (index.da.md)."),
            expected: "content/strategi/handlinger.da.md:6:16: warning: link-not-recognised",
            fragment: "is not a link"),
        MessageTrigger(
            entry: "imageAltMissing(destination:)",
            files: actions("![](../media/torvet.jpg)"),
            expected: "content/strategi/handlinger.da.md:6:1: error: image-alt-missing",
            fragment: "no text alternative"),
        MessageTrigger(
            entry: "badLanguageSpan(destination:)",
            files: actions("Projektet [SammenomJOB](lang:dansk) hjælper."),
            expected: "content/strategi/handlinger.da.md:6:11: error: bad-language-span",
            fragment: "`lang:dansk` does not name a language"),
        MessageTrigger(
            entry: "forbiddenURL(scheme:)",
            files: actions("Klik [her](javascript:alert(1))."),
            expected: "content/strategi/handlinger.da.md:6:6: error: forbidden-url",
            fragment: "`javascript:` are not allowed"),
        MessageTrigger(
            entry: "externalImage(alt:localPath:)",
            files: actions("![Boder på torvet](https://other.host/billeder/torvet.png)"),
            expected: "content/strategi/handlinger.da.md:6:1: error: external-resource",
            fragment: "loaded from another website"),
        MessageTrigger(
            entry: "rawHTMLIgnored()",
            files: actions("Tekst med <b>fed</b> skrift."),
            expected: "content/strategi/handlinger.da.md:6:11: warning: raw-html-ignored",
            fragment: "HTML code in the text"),
        MessageTrigger(
            entry: "longSentences(_:limit:)",
            files: actions(
                "Kommunen vil sammen med de socialøkonomiske virksomheder, jobcentret, foreningerne og de lokale "
                    + "erhvervsdrivende arbejde for at flere borgere på kanten af arbejdsmarkedet får et meningsfuldt "
                    + "job, en uddannelse eller et fællesskab, som de kan være en del af i mange år."),
            expected: "content/strategi/handlinger.da.md:6:1: warning: long-sentence",
            fragment: "has 41 words"),
        MessageTrigger(
            entry: "headingInData(heading:)",
            base: .catalogue,
            files: productBody("## Menu\\n\\nSuppe og brød."),
            expected: "content/catalogue/cafe.yaml:14:9: warning: heading-in-data",
            fragment: "the heading `Menu`"),
        MessageTrigger(
            entry: "imageInData()",
            base: .catalogue,
            files: productBody("![Frokost](media/frokost.jpg)"),
            expected: "content/catalogue/cafe.yaml:14:9: error: image-in-data",
            fragment: "images cannot be placed"),
        MessageTrigger(
            entry: "relativeLinkInData(destination:)",
            base: .catalogue,
            files: productBody("Se [menuen](menu.da.md)."),
            expected: "content/catalogue/cafe.yaml:14:9: error: relative-link-in-data",
            fragment: "`menu.da.md` must be a full address"),
        MessageTrigger(
            entry: "forbiddenURLInData(scheme:)",
            base: .catalogue,
            files: productBody("Klik [her](javascript:alert(1))."),
            expected: "content/catalogue/cafe.yaml:14:9: error: forbidden-url",
            fragment: "only https:, http:, mailto: and tel:"),
    ]
}
