import Testing
@testable import TorvKit

@Suite struct MarkdownTests {
    func page(_ body: String, language: String = "da") -> PageSource {
        let text = "---\ntitle: T\nsummary: S\n---\n" + body
        let file = SourceFile(path: "content/p.\(language).md", text: text)
        let fm = FrontMatter(title: "T", slug: nil, summary: "S", weight: 0, layout: .page, toc: false)
        return PageSource(file: file, relativePath: "p.\(language).md", key: "p", language: language, frontMatter: fm,
            body: text.suffix(body.count), bodyFirstLine: 5)
    }

    @Test func headingsGetIdsFromTextOrExplicitly() {
        let result = MarkdownRenderer.render(page("## Målgrupper og mål\n\n## Vision {#vision}\n\n## Vision\n"), allowRawHTML: false, smartPunctuation: false)
        #expect(result.headings.map(\.id) == ["maalgrupper-og-maal", "vision", "vision-2"])
        #expect(result.htmlText.contains("<h2 id=\"vision\">"))
        #expect(!result.htmlText.contains("{#vision}"))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func rawHTMLIsLeftOutUnlessAllowed() {
        let unsafe = "<script>alert(1)</script>\n\nText <b>bold</b>\n"
        let safe = MarkdownRenderer.render(page(unsafe), allowRawHTML: false, smartPunctuation: false)
        #expect(!safe.htmlText.contains("<script"))
        #expect(!safe.htmlText.contains("<b>"))
        let allowed = MarkdownRenderer.render(page(unsafe), allowRawHTML: true, smartPunctuation: false)
        #expect(allowed.htmlText.contains("<b>bold</b>"))
    }

    @Test func languageSpansMarkOtherLanguagePassages() {
        let result = MarkdownRenderer.render(page("Prize: [SammenomJOB](lang:da).\n", language: "en"), allowRawHTML: false, smartPunctuation: false)
        #expect(result.htmlText.contains("<span lang=\"da\">SammenomJOB</span>"))
        #expect(!result.htmlText.contains("href"))
    }

    @Test func forbiddenSchemesAreErrorsWithPosition() {
        let result = MarkdownRenderer.render(page("Text\n\nSe [her](javascript:alert(1)) og [der](VBScript:x).\n"), allowRawHTML: false, smartPunctuation: false)
        let errors = result.diagnostics.filter { $0.code == .forbiddenURL }
        #expect(errors.count == 2)
        #expect(errors.first?.location == SourceLocation(path: "content/p.da.md", line: 7, column: 4))
        #expect(!result.htmlText.lowercased().contains("javascript"))
    }

    @Test func imagesNeedAltTextAndMustBeLocal() {
        let result = MarkdownRenderer.render(page("![](media/a.png)\n\n![Logo](https://cdn.example.com/a.png)\n"), allowRawHTML: false, smartPunctuation: false)
        #expect(result.diagnostics.map(\.code.rawValue).sorted() == ["external-resource", "image-alt-missing"])
    }

    @Test func siteLinksBecomePlaceholdersAndExternalLinksStay() {
        let result = MarkdownRenderer.render(page("[a](x.da.md) [b](https://kolding.dk) [c](mailto:a@b.dk)\n"), allowRawHTML: false, smartPunctuation: false)
        #expect(result.pendingLinks.map(\.destination) == ["x.da.md"])
        #expect(result.htmlText.contains("href=\"torv-link:0\""))
        #expect(result.htmlText.contains("href=\"https://kolding.dk\""))
    }

    @Test func headingLevelsAreChecked() {
        let result = MarkdownRenderer.render(page("# Top\n\n#### Deep\n"), allowRawHTML: false, smartPunctuation: false)
        #expect(result.diagnostics.map(\.code.rawValue) == ["heading-level-1", "heading-skip"])
    }

    @Test func smartQuotesOnlyInEnglish() {
        let english = MarkdownRenderer.render(page("\"quoted\"\n", language: "en"), allowRawHTML: false, smartPunctuation: true)
        let danish = MarkdownRenderer.render(page("\"citat\"\n"), allowRawHTML: false, smartPunctuation: false)
        #expect(english.htmlText.contains("“quoted”"))
        #expect(danish.htmlText.contains("&quot;citat&quot;"))
    }
}

@Suite struct EditorMessageTests {
    func page(_ body: String) -> PageSource {
        let text = "---\ntitle: T\nsummary: S\n---\n" + body
        let file = SourceFile(path: "content/p.da.md", text: text)
        let fm = FrontMatter(title: "T", slug: nil, summary: "S", weight: 0, layout: .page, toc: false)
        return PageSource(
            file: file, relativePath: "p.da.md", key: "p", language: "da", frontMatter: fm, body: text.suffix(body.count), bodyFirstLine: 5)
    }

    @Test func markupThatDoesNothingIsReported() {
        let result = MarkdownRenderer.render(page("##Vision\n\nSe [SammenomJOB](lang: da) og [planen] (plan.da.md).\n\n<div>x</div>\n"), allowRawHTML: false, smartPunctuation: false)
        let codes = result.diagnostics.map(\.code.rawValue).sorted()
        #expect(codes == ["heading-no-space", "link-not-recognised", "link-not-recognised", "raw-html-ignored"])
        #expect(result.diagnostics.first { $0.code == .rawHTMLIgnored }?.location?.line == 9)
    }

    @Test func explicitIdsToleratesSpacesAndRejectsBadIds() {
        let result = MarkdownRenderer.render(page("## Vision {#vision }\n\n## Mål {#to ord}\n"), allowRawHTML: false, smartPunctuation: false)
        #expect(result.headings.first?.id == "vision")
        #expect(result.diagnostics.map(\.code.rawValue) == ["bad-heading-id"])
    }

    @Test func impossibleDateIsExplained() {
        var diagnostics: [Diagnostic] = []
        let file = SourceFile(path: "p.da.md", text: "---\ntitle: A\nsummary: B\ndate: 2025-02-30\n---\n")
        _ = PageLoader.load(file, relativePath: "p.da.md", key: "p", language: "da", diagnostics: &diagnostics)
        #expect(diagnostics.first?.message == "`date` is `2025-02-30`, a date that does not exist")
    }

    @Test func missingColonPointsAtItsOwnLine() {
        var diagnostics: [Diagnostic] = []
        let file = SourceFile(path: "p.da.md", text: "---\ntitle: A\nweight 50\nsummary: B\n---\n")
        _ = PageLoader.load(file, relativePath: "p.da.md", key: "p", language: "da", diagnostics: &diagnostics)
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test func readabilityCountsWordsSentencesAndLongWords() {
        let report = Readability.analyse(markdown: "## Overskrift\n\nDette er en kort sætning. Socialøkonomiske virksomheder arbejder!\n")
        // The heading (1 word), sentence 1 (5 words), sentence 2 (3 words); 5 words over 6 letters.
        #expect(report.words == 9)
        #expect(report.sentences == 3)
        #expect(report.longWords == 5)
        #expect(report.lix == Int((9.0 / 3.0 + 100.0 * 5.0 / 9.0).rounded()))
    }
}
