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

        // A new title changes menus, breadcrumbs and lists: every page is rendered again.
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Seks handlinger\nsummary: Seks handlinger.\n---\n\nNy tekst.\n")
        let third = render(site, cache: cache)
        #expect(cache.lastStatistics.pagesRendered == all)
        #expect(third == render(site, cache: nil))

        // A data file: the sections are made again.
        try site.write("content/market-day/2026.yaml", SectionsFixture.marketDay.replacingOccurrences(of: "Kom og vær med.", with: "Velkommen."))
        let fourth = render(site, cache: cache)
        #expect(cache.lastStatistics.sectionsRendered)
        #expect(fourth == render(site, cache: nil))
    }
}
