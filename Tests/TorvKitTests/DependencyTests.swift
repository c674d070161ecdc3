import Foundation
import Testing
@testable import TorvKit

/// What a page depends on follows from its view: `serve`'s cache renders a page again exactly when
/// something it shows changed. Each edit below changes a field other pages show; after each, the
/// served site (built with the cache) must equal a clean build, and the edit must show.
@Suite struct DependencyTests {
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var from: String
        var to: String
        /// A page that shows the new value, and the text it must contain.
        var page: String
        var shows: String
        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "title", file: "content/strategi/handlinger.da.md", from: "title: Handlinger", to: "title: Seks handlinger",
             page: "strategi/index.html", shows: "Seks handlinger"),
        Edit(name: "summary", file: "content/strategi/handlinger.da.md", from: "summary: Seks handlinger.",
             to: "summary: Kommunens seks handlinger.", page: "strategi/index.html", shows: "Kommunens seks handlinger."),
        Edit(name: "date", file: "content/stories/cafe.da.md", from: "date: 2026-10-14", to: "date: 2026-10-15",
             page: "historier/index.html", shows: "15. oktober 2026"),
        Edit(name: "heading id", file: "content/strategi/index.da.md", from: "## Vision", to: "## Vision {#fremtiden}",
             page: "strategi/index.html", shows: "href=\"#fremtiden\""),
        Edit(name: "data value", file: "content/catalogue/cafe.yaml", from: "name: Café Ø", to: "name: Café Øst",
             page: "historier/cafe/index.html", shows: "Café Øst"),
        Edit(name: "UI string", file: "content/i18n/da.yaml", from: "skip_to_content: Gå til indhold",
             to: "skip_to_content: Gå direkte til indholdet", page: "katalog/cafe/index.html", shows: "Gå direkte til indholdet"),
        Edit(name: "menu title", file: "content/site.yaml", from: "title: {da: Strategi, en: Strategy}",
             to: "title: {da: Vores strategi, en: Strategy}", page: "pris/vindere/index.html", shows: "Vores strategi"),
    ]

    func render(_ site: TestSite, cache: RenderCache?) -> [String: [UInt8]] {
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let output = SiteRenderer.render(options, cache: cache)
        return Dictionary(uniqueKeysWithValues: (output.files ?? []).map { ($0.path, $0.bytes) })
    }

    @Test(arguments: edits)
    func servedSiteEqualsACleanBuildAfterEditingASharedField(_ edit: Edit) throws {
        let site = try TestSite(SectionsFixture.files)
        let cache = RenderCache()
        let before = render(site, cache: cache)
        #expect(!before.isEmpty)
        let text = try String(contentsOf: site.root.appendingPathComponent(edit.file), encoding: .utf8)
        try #require(text.contains(edit.from), "the fixture has changed: \(edit.file) no longer says \(edit.from)")
        try site.write(edit.file, text.replacingOccurrences(of: edit.from, with: edit.to))

        let served = render(site, cache: cache)
        let clean = render(site, cache: nil)
        #expect(!clean.isEmpty)
        let differing = Set(served.keys).union(clean.keys).filter { served[$0] != clean[$0] }.sorted()
        #expect(differing == [], "the served site differs from a clean build")
        #expect(String(decoding: served[edit.page] ?? [], as: UTF8.self).contains(edit.shows))
        // Only what shows the edit is rendered again, never less.
        #expect(cache.lastStatistics.pagesRendered < before.count)
    }
}
