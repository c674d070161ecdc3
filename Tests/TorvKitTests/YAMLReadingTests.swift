import Testing
@testable import TorvKit

@Suite struct YAMLReadingTests {
    func page(_ text: String) -> (PageSource?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let file = SourceFile(path: "content/p.da.md", text: text)
        let page = PageLoader.load(file, relativePath: "p.da.md", key: "p", language: "da", diagnostics: &diagnostics)
        return (page, diagnostics)
    }

    @Test func readsAllFrontMatterKeys() throws {
        let (page, diagnostics) = page("---\ntitle: Strategi\nslug: strategi\nsummary: Kort.\nweight: 3\ndate: 2025-03-14\ntoc: true\n---\nText\n")
        #expect(diagnostics.isEmpty)
        let fm = try #require(page?.frontMatter)
        #expect(fm.title == "Strategi")
        #expect(fm.slug == "strategi")
        #expect(fm.weight == 3)
        #expect(fm.date == LocalDate(year: 2025, month: 3, day: 14))
        #expect(fm.toc)
        #expect(page?.bodyFirstLine == 9)
    }

    @Test func unknownKeyIsReportedAtItsPositionWithTheKnownKeys() {
        let (page, diagnostics) = page("---\ntitle: A\nsumary: B\n---\n")
        #expect(page == nil)
        let unknown = diagnostics.first { $0.code == .unknownKey }
        #expect(unknown?.location == SourceLocation(path: "content/p.da.md", line: 3, column: 1))
        #expect(unknown?.hint?.contains("did you mean 'summary'?") == true)
        #expect(diagnostics.contains { $0.code == .missingKey && $0.message.contains("summary") })
    }

    @Test func syntaxErrorHasFileLineAndColumnAndExcerpt() {
        let (_, diagnostics) = page("---\ntitle: A\nsummary: Vision: et godt liv\n---\n")
        let d = diagnostics.first
        #expect(d?.code == .yamlSyntax)
        #expect(d?.location?.line == 3)
        #expect(d?.location?.column == 16)
        #expect(d?.excerpt == "summary: Vision: et godt liv")
        #expect(d?.hint?.contains("double quotes") == true)
    }

    @Test func tabIndentationIsExplained() {
        let (_, diagnostics) = page("---\ntitle: A\n\tsummary: B\n---\n")
        #expect(diagnostics.first?.code == .yamlTab)
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test func duplicateKeyIsAnError() {
        let (_, diagnostics) = page("---\ntitle: A\ntitle: B\nsummary: C\n---\n")
        #expect(diagnostics.first?.code == .yamlDuplicateKey)
        #expect(diagnostics.first?.location?.line == 3, "at the repeat, not the first use")
    }

    @Test func wrongTypesAreReported() {
        let (_, diagnostics) = page("---\ntitle: [a, b]\nsummary: B\nweight: ten\ndate: 14-03-2025\ntoc: maybe\n---\n")
        let codes = diagnostics.map(\.code.rawValue)
        #expect(codes.filter { $0 == "yaml-type" }.count == 3)
        #expect(codes.contains("bad-date"))
        #expect(diagnostics.first { $0.message.contains("weight") }?.location?.line == 4)
    }

    @Test func badSlugGetsASuggestion() {
        let (_, diagnostics) = page("---\ntitle: A\nsummary: B\nslug: Målgrupper og mål\n---\n")
        #expect(diagnostics.first?.code == .badSlug)
        #expect(diagnostics.first?.hint?.hasSuffix("for example `slug: maalgrupper-og-maal`") == true)
    }

    @Test func unclosedQuotePointsAtTheOpeningQuote() {
        let (_, diagnostics) = page("---\ntitle: A\nsummary: \"open\nweight: 1\n---\n")
        #expect(diagnostics.first?.location?.line == 3)
        #expect(diagnostics.first?.location?.column == 10)
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsCloseWordsOnly() {
        #expect(Suggestions.closest(to: "titel", in: ["title", "summary"]) == "title")
        #expect(Suggestions.closest(to: "xyz", in: ["title", "summary"]) == nil)
    }

    @Test func localDateRejectsImpossibleDates() {
        #expect(LocalDate(iso: "2025-02-29") == nil)
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2025-3-1") == nil)
        #expect(LocalDate(iso: "1970-01-02")?.daysSinceEpoch == 1)
    }
}
