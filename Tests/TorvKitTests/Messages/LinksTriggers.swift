@testable import TorvKit

extension MessageTriggers {
    /// A Danish page with this front matter (after `title:` and `summary:`) and text; the text starts
    /// on line 6 plus the number of extra front-matter lines.
    fileprivate static func linksPage(_ frontMatter: String = "", _ body: String = "Tekst.") -> String {
        "---\ntitle: Side\nsummary: En side.\n" + frontMatter + "---\n\n" + body + "\n"
    }

    /// `content/strategi/handlinger.da.md` with this text (from line 6).
    fileprivate static func linksFrom(_ body: String) -> [String: String] {
        ["content/strategi/handlinger.da.md": linksPage("", body)]
    }

    static let links: [MessageTrigger] = [
        MessageTrigger(
            entry: "reservedURL(path:)",
            files: ["content/om.da.md": linksPage("slug: assets\n")],
            expected: "content/om.da.md:4:7: error: reserved-url",
            fragment: "published at /assets/"),
        MessageTrigger(
            entry: "duplicateURL(other:path:)",
            files: ["content/strategi/plan.da.md": linksPage("slug: handlinger\n")],
            expected: "content/strategi/plan.da.md:4:7: error: duplicate-url",
            fragment: "would both be published at /strategi/handlinger/"),
        MessageTrigger(
            entry: "duplicateURLGenerated(path:section:)",
            base: .catalogue,
            files: ["content/katalog/kafe.da.md": linksPage("slug: cafe\n")],
            expected: "content/katalog/kafe.da.md:4:7: error: duplicate-url",
            fragment: "a page it makes from the catalogue data"),
        MessageTrigger(
            entry: "badFolderName(folder:suggestion:)",
            files: ["content/Om_os/kontakt.da.md": linksPage()],
            expected: "content/Om_os/kontakt.da.md: error: bad-folder-name",
            fragment: "the folder name `Om_os`"),
        MessageTrigger(
            entry: "badFileName(name:suggestion:language:)",
            files: ["content/strategi/Plan_2026.da.md": linksPage()],
            expected: "content/strategi/Plan_2026.da.md:1:1: error: bad-file-name",
            fragment: "the file name `Plan_2026`"),
        MessageTrigger(
            entry: "homeSlug()",
            files: ["content/index.en.md": "---\ntitle: Home\nsummary: Welcome.\nlayout: home\nslug: home\n---\n\nWelcome.\n"],
            expected: "content/index.en.md:5:7: warning: home-slug",
            fragment: "the home page's `slug` is ignored"),
        MessageTrigger(
            entry: "noHomePage(file:)",
            removed: ["content/index.da.md"],
            expected: "content/index.da.md: error: no-home-page",
            fragment: "no home page"),
        MessageTrigger(
            entry: "badURL(url:)",
            files: [
                "content/site.yaml": TestSite.siteYAML.replacingOccurrences(
                    of: "privacy_policy: https://example.dk/privatliv", with: "privacy_policy: privatliv.html")
            ],
            expected: "content/site.yaml:11:17: error: bad-url",
            fragment: "`privatliv.html` is not a web address"),
        MessageTrigger(
            entry: "untranslatedPage(missing:existing:translation:markable:)",
            expected: "content/strategi/handlinger.da.md:1:1: warning: untranslated-page",
            fragment: "no English version"),
        MessageTrigger(
            entry: "navMissingPage(key:suggestion:)",
            files: ["content/site.yaml": TestSite.siteYAML + "  - page: strategi/handling\n"],
            expected: "content/site.yaml:16:11: error: nav-missing-page",
            fragment: "the menu links to `strategi/handling`"),
        MessageTrigger(
            entry: "brokenLinkAbsolute(destination:language:)",
            files: linksFrom("Se [planen](/plan/)."),
            expected: "content/strategi/handlinger.da.md:6:4: error: broken-link",
            fragment: "leads to no page or file of this site"),
        MessageTrigger(
            entry: "brokenLinkOutside(destination:)",
            files: linksFrom("Se [planen](../../plan.da.md)."),
            expected: "content/strategi/handlinger.da.md:6:4: error: broken-link",
            fragment: "points outside the content folder"),
        MessageTrigger(
            entry: "brokenLinkMissingPage(destination:target:suggestion:)",
            files: linksFrom("Se [strategien](indeks.da.md)."),
            expected: "content/strategi/handlinger.da.md:6:4: error: broken-link",
            fragment: "leads to a page that does not exist (content/strategi/indeks.da.md)"),
        MessageTrigger(
            entry: "brokenLinkNoScheme(destination:isImage:)",
            files: linksFrom("Se [kommunen](www.kolding.dk)."),
            expected: "content/strategi/handlinger.da.md:6:4: error: broken-link",
            fragment: "looks like a web address without `https://`"),
        MessageTrigger(
            entry: "brokenLinkMissingFile(destination:target:isImage:)",
            files: linksFrom("Hent [planen](../media/plan.pdf)."),
            expected: "content/strategi/handlinger.da.md:6:6: error: broken-link",
            fragment: "leads to a file that does not exist (content/media/plan.pdf)"),
        MessageTrigger(
            entry: "brokenAnchor(destination:fragment:target:otherLanguage:suggestion:)",
            files: linksFrom("Se [visionen](index.da.md#visionen)."),
            expected: "content/strategi/handlinger.da.md:6:4: error: broken-anchor",
            fragment: "content/strategi/index.da.md has none"),
    ]
}
