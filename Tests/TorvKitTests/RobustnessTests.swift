import Foundation
import Testing
@testable import TorvKit

#if canImport(Glibc)
import Glibc
#endif

@Suite struct RobustnessTests {
    /// Every input in Fuzz/corpus (seeds and inputs the fuzzers found, crashes once fixed) still runs cleanly.
    @Test func fuzzRegressionCorpusReplays() throws {
        let corpus = TestSite.repository.appendingPathComponent("Fuzz/corpus")
        var replayed = 0
        for target in ["page", "data", "markdown", "template"] {
            let folder = corpus.appendingPathComponent(target)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
                #expect(FuzzTargets.run(target, bytes, fixture: FuzzTargets.Fixture(languages: ["da", "en"])))
                replayed += 1
            }
        }
        #expect(replayed >= 9)
    }

    static let hostile: [String: [UInt8]] = {
        func text(_ s: String) -> [UInt8] { Array(s.utf8) }
        let fm = "---\ntitle: T\nsummary: S\n---\n"
        var laughs = "---\ntitle: T\nsummary: S\nx0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for i in 1..<12 { laughs += "x\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ",") + "]\n" }
        return [
            "content/latin1.da.md": text(fm + "K") + [0xE6] + text("r\n"),
            "content/nul.da.md": text(fm) + [0] + text("x"),
            "content/empty.da.md": [],
            "content/open.da.md": text("---\ntitle: T\n\nBody"),
            "content/tabs.da.md": text("---\ntitle: T\n\tsummary: S\n---\n"),
            "content/dupes.da.md": text("---\ntitle: T\ntitle: U\nsummary: S\n---\n"),
            "content/laughs.da.md": text(laughs + "---\n"),
            "content/deep.da.md": text("---\ntitle: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\nsummary: S\n---\n"),
            "content/types.da.md": text("---\ntitle: {a: b}\nsummary: [1]\nweight: many\ndate: yesterday\ntoc: sometimes\nlayout: 7\n---\n"),
            "content/script.da.md": text(fm + "[x](javascript:alert(1)) [y](data:text/html,<script>alert(1)</script>) [z](vbscript:x)\n\n<script>alert(1)</script>\n"),
            "content/slug.da.md": text("---\ntitle: T\nsummary: S\nslug: ../../etc\n---\n"),
            "content/catalogue/lists.yaml": text("categories: {catering: {da: C, en: C}}\ntarget_groups: {}\nemployment_forms: {}\nsells_to: {}\n"),
            "content/catalogue/evil.yaml": text("id: evil\nname: 7\ncvr: \"0123\"\ndescription: {da: x}\nsocial_purpose: x\naddress: {street: [], postcode: abc, town: x}\ncontact: {website: \"javascript:alert(1)\"}\nlast_reviewed: never\nproducts: {a: b}\n"),
            "content/market-day/2026.yaml": text("name: x\ndate: 2026-13-45\nstart: \"25:00\"\nend: noon\nstatus: maybe\nprogramme: 5\n"),
        ]
    }()

    @Test func hostileContentGivesDiagnosticsNeverACrash() throws {
        let site = try TestSite()
        for (path, bytes) in Self.hostile {
            let url = site.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try site.write("content/crlf.da.md", "---\r\ntitle: CRLF\r\nsummary: S\r\n---\r\nLine\rlone CR\r\n")
        try site.write("content/bom.da.md", "\u{FEFF}---\ntitle: BOM\nsummary: S\n---\nText\n")
        let result = site.build()
        #expect(!result.succeeded)
        let codes = Set(result.diagnostics.map(\.code.rawValue))
        for code in ["invalid-utf8", "nul-byte", "front-matter-missing", "front-matter-unterminated", "yaml-tab", "yaml-duplicate-key",
                     "yaml-syntax", "yaml-type", "bad-date", "forbidden-url", "raw-html-ignored", "bad-slug", "cvr-format",
                     "bad-postcode", "insecure-url", "bad-time"] {
            #expect(codes.contains(code), "no \(code)")
        }
        // Every diagnostic about a file names a line (so editors can find it), but file-level ones.
        for d in result.diagnostics where d.location?.path.hasSuffix(".md") == true && d.severity == .error {
            #expect((d.location?.line ?? 0) > 0, "\(d.code) has no line")
        }
        // The CRLF and BOM pages were read without complaint.
        #expect(!result.diagnostics.contains { $0.location?.path.hasSuffix("crlf.da.md") == true && $0.severity == .error })
        #expect(!result.diagnostics.contains { $0.location?.path.hasSuffix("bom.da.md") == true && $0.severity == .error })
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site").path))
    }

    @Test func dataIsEscapedEverywhereAndNoScriptButJSONLD() throws {
        var files = SectionsFixture.files
        let evil = "</script><script>alert(1)</script>\\\"&<b>"
        files["content/catalogue/rent.yaml"] = CatalogueFixture.enterprise(
            id: "rent", name: "\"\(evil)\"", cvr: "99108061", products: CatalogueFixture.cleanProducts
                .replacingOccurrences(of: "{da: Vinduespudsning, en: Window cleaning}", with: "{da: \"=cmd|' /C calc'!A0\", en: \"@SUM(1)\"}"))
        files["content/market-day/2026.yaml"] = SectionsFixture.marketDay.replacingOccurrences(of: "shows: {da: Kage., en: Cake.}", with: "shows: {da: \"a;b,c\\\\n</script>\", en: x}")
        files["content/stories/cafe.da.md"] = SectionsFixture.story("da").replacingOccurrences(of: "title: Historien", with: "title: \"<img src=x onerror=alert(1)> & </title>\"")
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let result = SiteBuilder.run(options, write: true)
        #expect(result.succeeded, "\(site.lines(result))")
        for (path, data) in site.outputSnapshot() {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") {
                let scripts = text.components(separatedBy: "<script").dropFirst()
                #expect(scripts.allSatisfy { $0.hasPrefix(" type=\"application/ld+json\">") }, "\(path) has a script element")
                #expect(!text.contains("<img src=x"), "\(path)")
                #expect(!text.contains("</script><script>alert"), "\(path)")
            }
        }
        let csv = site.read("catalogue.csv")
        #expect(csv.contains("\"'=cmd|' /C calc'!A0\"") && csv.contains("\"'@SUM(1)\""))
        let ics = site.read("markedsdag/2026/markedsdag-2026.ics")
        #expect(!ics.contains("a;b"))
        #expect(site.read("historier/feed.xml").contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/title&gt;"))
        let json = try JSONSerialization.jsonObject(with: Data(site.read("catalogue.json").utf8)) as? [String: Any]
        #expect(json != nil)
    }

    @Test func aSecondBuildWaitsForTheLock() throws {
        let site = try TestSite()
        let lockPath = site.root.appendingPathComponent(".site.torv-lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let result = site.build()
        #expect(result.diagnostics.map(\.code.rawValue) .contains("output-locked"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site").path))
        flock(fd, LOCK_UN)
        #expect(site.build().succeeded)
    }

    @Test func symlinkOutOfContentIsRefused() throws {
        let site = try TestSite()
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("content/secret.da.md").path, withDestinationPath: "/etc/hostname")
        let result = site.check()
        #expect(result.diagnostics.contains { $0.code == .symlinkOutside })
    }
}
