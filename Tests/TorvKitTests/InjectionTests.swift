import Foundation
import Testing
@testable import TorvKit

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Values that could smuggle something into an output: the site's address (site.yaml or
/// `--base-url`), characters XML cannot hold, and CSV cells that a spreadsheet would run.
@Suite struct InjectionTests {
    @Test(arguments: [
        "javascript:alert(1)", "ftp://example.dk/", "//evil.example/", "", "https://example.dk/\r\nATTACH:https://evil.example/x",
        "https://example.dk/\nX-EVIL:1", "https://example.dk/a b", "https:///", "https://user@evil.example/", "https://example.dk/?q=1",
        "https://example.dk/\"><script>", "https://example.dk/\u{7}",
    ])
    func badBaseURLsAreRefusedByTheOneRule(_ url: String) {
        #expect(BaseURLRule.problem(url) != nil, "\(url.debugDescription)")
    }

    @Test(arguments: ["https://example.dk/", "https://socialoekonomi.kolding.dk", "http://127.0.0.1:4000/", "https://example.dk/sub/site/"])
    func goodBaseURLsPass(_ url: String) {
        #expect(BaseURLRule.problem(url) == nil, "\(url)")
    }

    @Test func aLineBreakInBaseURLStopsTheBuildAndReachesNoCalendar() throws {
        var files = SectionsFixture.files
        files["content/site.yaml"] = TestSite.siteYAML.replacingOccurrences(
            of: "base_url: https://example.dk/", with: "base_url: \"https://example.dk/\\r\\nATTACH:https://evil.example/x\"")
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let result = SiteBuilder.run(options, write: true)
        #expect(!result.succeeded)
        #expect(site.lines(result).contains("content/site.yaml:1:11: error: bad-url"))
        #expect(site.read("markedsdag/2026/markedsdag-2026.ics").isEmpty)
    }

    /// `--base-url` goes through the same rule and a wrong value is a usage error (exit 2).
    @Test func theBaseURLFlagIsValidatedWithExit2() throws {
        let torv = ProgramRun.torv
        try #require(FileManager.default.isExecutableFile(atPath: torv.path), "build the torv executable first")
        let site = try TestSite()
        for (url, code) in [("javascript:alert(1)", Int32(2)), ("https://example.dk/\r\nATTACH:x", 2), ("", 2), ("https://example.dk/", 0)] {
            // In the test site's folder, so that a site built in the repository (`site/`) is not its previous site.
            let (status, _) = try ProgramRun.run(torv, ["check", "--content", site.root.appendingPathComponent("content").path,
                "--templates", site.root.appendingPathComponent("templates").path, "--base-url", url], in: site.root)
            #expect(status == code, "\(url.debugDescription)")
        }
    }

    @Test func theCalendarNeverCarriesALineBreakInsideAProperty() {
        let document = ICalendar.document(["BEGIN:VEVENT", "URL:https://example.dk/\r\nATTACH:https://evil.example/x", "END:VEVENT"])
        #expect(document == "BEGIN:VEVENT\r\nURL:https://example.dk/ATTACH:https://evil.example/x\r\nEND:VEVENT\r\n")
    }

    @Test func nonCharactersNeverReachTheFeedsAndAreWarnedAbout() throws {
        var files = SectionsFixture.files
        files["content/stories/cafe.da.md"] = SectionsFixture.story("da")
            .replacingOccurrences(of: "title: Historien", with: "title: \"Histo\\uFFFErien\\uFFFF\\x01\"")
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let result = SiteBuilder.run(options, write: true)
        #expect(result.succeeded, "\(site.lines(result))")
        #expect(site.lines(result).contains("content/stories/cafe.da.md:2:8: warning: unusable-character"))
        for feed in ["historier/feed.xml", "en/stories/feed.xml", "sitemap.xml"] {
            let text = site.read(feed)
            #expect(!text.isEmpty)
            #expect(!text.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF || $0.value == 1 }, "\(feed)")
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(feed) is not well-formed XML: \(String(describing: parser.parserError))")
        }
        #expect(site.read("historier/feed.xml").contains("<title>Historien</title>"))
        // The feed's escaping drops them even when they arrive some other way.
        #expect(XML.escape("a\u{FFFE}b\u{FFFF}c") == "abc")
        // The sitemap appends the same bytes as `escape` makes, escaped or plain.
        for text in ["a\u{FFFE}b", "/da/<x>&'\"", "/da/side/", "", "ø\u{1}\n"] {
            var bytes: [UInt8] = [0x2A]
            XML.append(text, to: &bytes)
            #expect(bytes == [0x2A] + Array(XML.escape(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [" =1+1", "\t=1+1", "\r=1+1", "\n=1+1", "  @SUM(A1)", " -2+3", "\u{A0}+1", "=1", "@x", "-1"])
    func csvCellsStartingWithAFormulaAfterWhiteSpaceAreText(_ value: String) {
        let cell = CatalogueExport.cell(value)
        #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"), "\(value.debugDescription) → \(cell.debugDescription)")
    }

    @Test func ordinaryCsvCellsAreUnchanged() {
        #expect(CatalogueExport.cell("Café Ø") == "Café Ø")
        #expect(CatalogueExport.cell(" Kaffe") == " Kaffe")
    }
}
