import Foundation
import Testing
@testable import TorvKit

/// Issue 14, item 5: the real site (the repository's content/ and templates/) is built, and every
/// output file that names a sample record (an invented story, market day, prize winner or
/// enterprise) carries a sample notice from content/i18n/: pages, home teasers, feeds, .ics
/// calendars, and the catalogue's JSON and CSV (their `sample` field).
@Suite struct SampleNoticeTests {
    struct Record {
        var name: String
        /// The i18n keys whose text counts as this record's notice.
        var notices: [String]
    }

    static let anyNotice = [
        "stories_sample_notice", "market_sample_notice", "prize_sample_notice", "catalogue_sample_notice",
        "catalogue_sample_badge", "catalogue_rsv_sample",
    ]

    static func records(_ content: ContentSet) -> [Record] {
        var records: [Record] = []
        for page in content.pages where page.frontMatter.story?.sample == true {
            records.append(Record(name: page.frontMatter.title, notices: ["stories_sample_notice"]))
        }
        for day in content.marketDays where day.sample {
            records += day.name.values.values.map { Record(name: $0, notices: ["market_sample_notice"]) }
        }
        if let prize = content.prize, prize.sample {
            records += prize.winners.map { Record(name: $0.name, notices: ["prize_sample_notice"]) }
        }
        // An invented enterprise also appears beside a sample story, stand or winner: any notice counts.
        for enterprise in content.catalogue?.enterprises ?? [] where enterprise.sample {
            records.append(Record(name: enterprise.name, notices: anyNotice))
        }
        return records
    }

    /// The file's text as a reader sees it: .ics lines unfolded and unescaped, HTML and XML entities decoded.
    static func readable(_ text: String, path: String) -> String {
        var text = text
        if path.hasSuffix(".ics") {
            text = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\\,", with: ",")
                .replacingOccurrences(of: "\\;", with: ";").replacingOccurrences(of: "\\n", with: "\n")
        }
        for (entity, character) in [("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    @Test func everyOutputNamingSampleDataCarriesTheNotice() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("torv-samples-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let contentPath = TestSite.repository.appendingPathComponent("content").path
        var options = BuildOptions(
            content: contentPath, templates: TestSite.repository.appendingPathComponent("templates").path, output: output.path)
        options.today = LocalDate(iso: "2026-11-22")
        options.pagefind = try FakePagefind.path()  // the real site has search; Pagefind itself is not needed here
        let result = SiteBuilder.run(options, write: true)
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")

        var loadDiagnostics: [Diagnostic] = []
        let content = try #require(ContentLoader.load(from: ContentDirectory(root: contentPath), diagnostics: &loadDiagnostics))
        let records = Self.records(content)
        #expect(records.count > 10, "the real content has sample stories, a market day, winners and enterprises")
        let notice = { (key: String) in content.strings.values.compactMap { $0[key] } }

        var checked: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        while let path = enumerator?.nextObject() as? String {
            guard [".html", ".xml", ".ics", ".json", ".csv"].contains(where: { path.hasSuffix($0) }),
                  !path.hasPrefix("sitemap") else { continue }
            let raw = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            let text = Self.readable(raw, path: path)
            for record in records where text.contains(record.name) {
                checked.insert(path.split(separator: ".").last.map(String.init) ?? path)
                if path.hasSuffix(".csv") {
                    for row in text.split(whereSeparator: \.isNewline) where row.contains(record.name) {
                        #expect(row.hasSuffix(",yes"), "\(path): a row naming \(record.name) is not marked as sample")
                    }
                } else if path.hasSuffix(".json") {
                    #expect(text.contains(#""sample" : true"#), "\(path) names \(record.name) without `sample: true`")
                } else {
                    // A page that names a sample record beside others (an enterprise's stories and
                    // market days, a list) may carry the notice of any of them.
                    let texts = Self.anyNotice.flatMap(notice)
                    #expect(texts.contains { text.contains($0) }, "\(path) names \(record.name) but carries no sample notice")
                }
            }
        }
        // Every kind of output that shows sample data was looked at.
        #expect(checked.isSuperset(of: ["html", "xml", "ics", "json", "csv"]), "\(checked)")
        // The calendars of a sample market day are not confirmed events.
        let calendar = try String(contentsOf: output.appendingPathComponent("markedsdag/2026/markedsdag-2026.ics"), encoding: .utf8)
        #expect(!calendar.contains("STATUS:CONFIRMED"))
        #expect(calendar.contains("STATUS:TENTATIVE"))
        // The home page's teasers say so.
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        for key in ["market_sample_notice", "prize_sample_notice", "stories_sample_notice"] {
            let text = try #require(content.strings["da"]?[key])
            #expect(home.contains(HTML.escapeText(text)), "the home page lacks \(key)")
        }
    }
}
