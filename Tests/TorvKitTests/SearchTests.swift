import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TorvKit

/// The search page and the Pagefind step of `torv build` (with a stand-in for Pagefind, so the
/// test needs no download; `.ci/site-checks/search.py` drives the real one in Chromium).
@Suite struct SearchTests {
    static func site() throws -> TestSite {
        var files = SectionsFixture.files
        files["content/site.yaml"] = files["content/site.yaml"].map { $0 + "search: true\n" }
        files["content/soeg/index.da.md"] = "---\ntitle: Søg\nsummary: Søg på sitet.\nlayout: search\n---\n\nIntro.\n"
        files["content/soeg/index.en.md"] = "---\ntitle: Search\nslug: search\nsummary: Search the site.\nlayout: search\n---\n\nIntro.\n"
        return try TestSite(files)
    }

    /// A stand-in for Pagefind: writes `pagefind/pagefind-entry.json` into the folder given with `--site`.
    static func fakePagefind(in site: TestSite) throws -> String {
        let path = site.root.appendingPathComponent("fake-pagefind").path
        try site.write("fake-pagefind", "#!/bin/sh\nmkdir -p \"$2/pagefind\" && printf '{\"languages\":{\"en\":{},\"da\":{}}}' > \"$2/pagefind/pagefind-entry.json\"\n")
        chmod(path, 0o755)
        return path
    }

    @Test func indexIsMadeBeforeTheSwapAndAFailureKeepsTheOldSite() throws {
        let site = try Self.site()
        var options = site.options
        options.pagefind = try Self.fakePagefind(in: site)
        let built = SiteBuilder.run(options, write: true)
        #expect(built.succeeded, "\(site.lines(built))")
        // Written into the hidden folder before the swap, so it is part of the published site; keys sorted.
        #expect(site.read("pagefind/pagefind-entry.json") == "{\"languages\":{\"da\":{},\"en\":{}}}")
        let before = site.outputSnapshot()
        options.pagefind = "/bin/false"
        let failed = SiteBuilder.run(options, write: true)
        #expect(!failed.succeeded)
        #expect(failed.diagnostics.filter { $0.severity == .error }.map(\.code) == [.searchIndex])
        #expect(site.outputSnapshot() == before, "a failed index must leave the previous site as it was")
    }

    @Test func searchPageListsEveryPageBySectionInBothLanguages() throws {
        let site = try Self.site()
        var options = site.options
        options.pagefind = try Self.fakePagefind(in: site)
        #expect(SiteBuilder.run(options, write: true).succeeded)
        let danish = site.read("soeg/index.html")
        let english = site.read("en/search/index.html")
        for page in [danish, english] {
            #expect(page.contains("class=\"search-no-script\""))
            #expect(page.contains("<form class=\"search-form\" role=\"search\" action=\"#\" hidden>"))
            #expect(page.contains("<p class=\"search-status\" role=\"status\" aria-live=\"polite\"></p>"))
            #expect(page.contains("<script type=\"module\" src=\"/assets/search.js\"></script>"))
            // The search page is not indexed itself; the other pages are.
            #expect(!page.contains("data-pagefind-body"))
        }
        #expect(site.read("strategi/index.html").contains("<main id=\"main\" tabindex=\"-1\" data-pagefind-body data-pagefind-meta=\"lang:da\">"))
        #expect(!site.read("katalog/print/index.html").contains("data-pagefind-body"))
        // Every content page but the search page itself, in the reader's language where it exists.
        var ignored: [Diagnostic] = []
        let content = try #require(ContentLoader.load(from: ContentDirectory(root: options.content), cache: nil, diagnostics: &ignored))
        let plan = SitePlan(content: content, diagnostics: &ignored)
        for page in plan.pages where page.key != "soeg/index" {
            let html = page.language == "da" ? danish : english
            #expect(html.contains("href=\"/\(page.path)\""), "\(page.path) is missing from the site index")
        }
        // A page that exists only in Danish is listed on the English page in Danish, marked as such.
        #expect(english.contains("<a href=\"/strategi/handlinger/\" lang=\"da\" hreflang=\"da\">Handlinger</a>"))
        // The catalogue's enterprises, under the catalogue.
        #expect(danish.contains("<li><a href=\"/katalog/cafe/\">Café Ø</a></li>"))
        #expect(english.contains("<li><a href=\"/en/catalogue/cafe/\">Café Ø</a></li>"))
    }
}

@Suite struct SiteIndexTests {
    /// Without JavaScript the search page is an A–Z index of the whole site: every page of a
    /// language, the generated ones (enterprises, categories, themes, market-day years …) included.
    @Test func theRealSitesSearchPageLinksEveryPageOfItsLanguage() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("torv-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(
            content: TestSite.repository.appendingPathComponent("content").path,
            templates: TestSite.repository.appendingPathComponent("templates").path, output: output.path)
        options.today = LocalDate(iso: "2026-11-22")
        options.pagefind = try FakePagefind.path()
        let result = SiteBuilder.run(options, write: true)
        try #require(result.succeeded, "\(result.diagnostics.map(\.message))")
        let all = (FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix("index.html") && !$0.hasPrefix("was/") }
            .map { "/" + $0.dropLast("index.html".count) }
        for (searchPage, inLanguage) in [("soeg/index.html", { (p: String) in !p.hasPrefix("/en/") }), ("en/search/index.html", { $0.hasPrefix("/en/") })] {
            let html = try String(contentsOf: output.appendingPathComponent(searchPage), encoding: .utf8)
            let pages = all.filter(inLanguage)
            #expect(pages.count > 80)
            let missing = pages.filter { !html.contains("href=\"\($0)\"") }.sorted()
            #expect(missing == [], "\(searchPage) does not list \(missing)")
        }
    }
}
