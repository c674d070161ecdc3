import Foundation
@testable import TorvKit

extension MessageTriggers {
    /// The minimal site with `search: true` and its search page.
    static let searchSite: [String: String] = [
        "content/site.yaml": TestSite.siteYAML + "search: true\n",
        "content/soeg/index.da.md": "---\ntitle: Søg\nsummary: Søg på sitet.\nlayout: search\n---\n",
        "content/soeg/index.en.md": "---\ntitle: Search\nslug: search\nsummary: Search the site.\nlayout: search\n---\n",
    ]

    /// `torv build` with `program` as Pagefind.
    static func buildWithPagefind(_ program: String) -> @Sendable (TestSite) throws -> [Diagnostic] {
        { site in
            var options = site.options
            options.today = LocalDate(iso: "2026-11-22")
            options.pagefind = program
            return SiteBuilder.run(options, write: true).diagnostics
        }
    }

    static let search: [MessageTrigger] = [
        MessageTrigger(
            entry: "searchPageMissing(language:)", files: ["content/site.yaml": TestSite.siteYAML + "search: true\n"],
            expected: "content/site.yaml:\(TestSite.siteYAML.split(separator: "\n", omittingEmptySubsequences: false).count):9: error: section-page-missing",
            fragment: "no page has `layout: search`"),
        MessageTrigger(
            entry: "searchToolMissing(program:)", files: searchSite, run: buildWithPagefind("/nonexistent/pagefind"),
            expected: "content/site.yaml:\(TestSite.siteYAML.split(separator: "\n", omittingEmptySubsequences: false).count):9: error: search-index",
            fragment: "Pagefind (/nonexistent/pagefind) is not installed"),
        MessageTrigger(
            entry: "searchToolFailed(status:output:)", files: searchSite, run: buildWithPagefind("/bin/false"),
            expected: "content/site.yaml:\(TestSite.siteYAML.split(separator: "\n", omittingEmptySubsequences: false).count):9: error: search-index",
            fragment: "Pagefind stopped with status 1"),
    ]
}
