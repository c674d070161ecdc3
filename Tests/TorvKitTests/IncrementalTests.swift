import Foundation
import Testing
@testable import TorvKit

@Suite struct IncrementalTests {
    func render(_ site: TestSite, cache: RenderCache?) -> [String: [UInt8]] {
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let output = SiteRenderer.render(options, cache: cache)
        return Dictionary(uniqueKeysWithValues: (output.files ?? []).map { ($0.path, $0.bytes) })
    }

    @Test func oneEditedPageIsTheOnlyWorkAndTheOutputMatchesAFullBuild() throws {
        let site = try TestSite(SectionsFixture.files)
        let cache = RenderCache()
        let first = render(site, cache: cache)
        #expect(!first.isEmpty)
        let all = cache.lastStatistics.pagesRendered
        #expect(all == 15)

        // Nothing changed: nothing is read or rendered again.
        #expect(render(site, cache: cache) == first)
        #expect(cache.lastStatistics == RenderCache.Statistics())

        // Edit one page's text (not its headings): only that page.
        Thread.sleep(forTimeInterval: 0.01)
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\nNy tekst. Tilbage til [strategien](index.da.md#maal).\n")
        let second = render(site, cache: cache)
        #expect(cache.lastStatistics == RenderCache.Statistics(pagesRead: 1, markdownRendered: 1, pagesRendered: 1, sectionsRendered: false))
        #expect(second == render(site, cache: nil), "the incremental output must equal a clean build")
        #expect(String(decoding: second["strategi/handlinger/index.html"] ?? [], as: UTF8.self).contains("Ny tekst."))

        // A new title shows in the parent's list and the breadcrumbs: those pages are rendered again, not all.
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Seks handlinger\nsummary: Seks handlinger.\n---\n\nNy tekst.\n")
        let third = render(site, cache: cache)
        #expect(cache.lastStatistics.pagesRendered > 1)
        #expect(cache.lastStatistics.pagesRendered < all)
        #expect(third == render(site, cache: nil))

        // A data file: the sections are made again.
        try site.write("content/market-day/2026.yaml", SectionsFixture.marketDay.replacingOccurrences(of: "Kom og vær med.", with: "Velkommen."))
        let fourth = render(site, cache: cache)
        #expect(cache.lastStatistics.sectionsRendered)
        #expect(fourth == render(site, cache: nil))
    }

    /// `torv serve`'s shortcut for an edit of page text must give exactly what a clean build gives:
    /// the same files and the same diagnostics, also when the edit brings or fixes an error.
    @Test(arguments: [false, true])
    func pageTextEditMatchesACleanBuild(rawHTML: Bool) async throws {
        var fixture = SectionsFixture.files
        if rawHTML { fixture["content/site.yaml"] = (fixture["content/site.yaml"] ?? "") + "raw_html: true\n" }
        let site = try TestSite(fixture)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let preview = PreviewSite(options: options)
        #expect(await preview.rebuild().succeeded)
        let page = "strategi/handlinger.da.md"

        func clean() -> ([String: [UInt8]]?, [Diagnostic]) {
            let output = SiteRenderer.render(options, cache: nil)
            return (output.files.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.path, $0.bytes) }) }, output.diagnostics)
        }
        func edit(_ body: String, fast: Bool, sourceLine: Comment) async throws {
            try site.write("content/" + page, "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\n" + body)
            let report = await preview.rebuild(changedPages: [page])
            let (files, diagnostics) = clean()
            #expect(report.statistics.pageTextEdit == fast, sourceLine)
            if fast { #expect(report.statistics.pagesRendered == 1, sourceLine) }
            #expect(report.diagnostics == diagnostics, sourceLine)
            #expect(report.succeeded == (files != nil), sourceLine)
            if let files { #expect(await preview.files == files, sourceLine) }
        }

        try await edit("Ny tekst med en [god henvisning](index.da.md#maal).\n", fast: true, sourceLine: "text")
        try await edit("En ![fremmed](https://other.host/x.png) og [forkert](index.da.md#findes-ikke).\n", fast: true, sourceLine: "errors")
        try await edit("Rettet igen. Se [målene](index.da.md#maal).\n", fast: true, sourceLine: "fixed")
        if rawHTML {
            // What the page loads from other hosts is checked across the whole site: a full build.
            try await edit("<img src=\"https://other.host/x.png\" alt=\"\">\n", fast: false, sourceLine: "remote image")
            try await edit("Uden billede.\n", fast: false, sourceLine: "after a failed full build")
        }
        try await edit("## Ny overskrift\n\nEn overskrift mere giver et nyt anker.\n", fast: false, sourceLine: "heading")
        try await edit("## Ny overskrift\n\nSamme overskrift, anden tekst.\n", fast: true, sourceLine: "same heading")
        try site.write("content/" + page, "---\ntitle: Nye handlinger\nsummary: Seks handlinger.\n---\n\nNy titel.\n")
        let retitled = await preview.rebuild(changedPages: [page])
        #expect(retitled.statistics.pagesRendered > 1, "a new title is shown on other pages: a full build")
        #expect(await preview.files == clean().0)
    }

    @Test func changedPagesAreKnownOnlyWhenNothingElseChanged() {
        let a = RenderCache.Stamp(modified: 1, size: 1), b = RenderCache.Stamp(modified: 2, size: 1)
        let old = ["/c/x.da.md": a, "/c/y.yaml": a, "/t/page.mustache": a]
        #expect(PreviewSite.changedPages(from: old, to: old.merging(["/c/x.da.md": b]) { $1 }, content: "/c") == ["x.da.md"])
        #expect(PreviewSite.changedPages(from: old, to: old.merging(["/c/y.yaml": b]) { $1 }, content: "/c") == nil)
        #expect(PreviewSite.changedPages(from: old, to: old.merging(["/t/page.mustache": b]) { $1 }, content: "/c") == nil)
        #expect(PreviewSite.changedPages(from: old, to: old.merging(["/c/z.da.md": a]) { $1 }, content: "/c") == nil)
    }
}
