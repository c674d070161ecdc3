import Foundation
import Testing
@testable import TorvKit

/// Messages that are safe to print, usage errors that exit 2, `torv new` names the build accepts,
/// and `torv readability`'s `long` column.
@Suite struct DiagnosticsRoundTwoTests {
    /// Runs the torv executable; returns its exit status and standard output.
    func run(_ arguments: [String]) throws -> (Int32, String) {
        try #require(FileManager.default.isExecutableFile(atPath: ProgramRun.torv.path), "build the torv executable first")
        return try ProgramRun.run(ProgramRun.torv, arguments)
    }

    @Test func controlCharactersFromTheContentAreNeutralisedInTextAndGithubOutput() {
        let key = "ti\u{1b}[2Ktle\u{7}\u{202E}"
        let diagnostic = Diagnostic(
            .yamlUnknownKey(key: key, in: "the front matter", known: ["title"]), at: SourceLocation(path: "content/a\u{1b}]0;x.da.md", line: 2, column: 1),
            excerpt: key + ": x")
        for format in [DiagnosticFormat.text, .github] {
            let printed = format.format([diagnostic])
            #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "\(format): \(printed)")
            #expect(printed.contains("ti\\u{1b}[2Ktle"), "\(format): \(printed)")
        }
        // JSON escapes them itself.
        #expect(!DiagnosticFormat.json.format([diagnostic]).unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func missingFoldersAndUnknownLanguagesAreUsageErrors() throws {
        #expect(try run(["check", "--content", "/nonexistent-torv-folder"]).0 == 2)
        #expect(try run(["build", "--templates", "/nonexistent-torv-folder", "--output", "/tmp/torv-never-written"]).0 == 2)
        let site = try TestSite()
        let content = site.root.appendingPathComponent("content").path
        #expect(try run(["readability", "--content", content, "--language", "fr"]).0 == 2)
        #expect(try run(["readability", "--content", "/nonexistent-torv-folder"]).0 == 2)
        let (status, table) = try run(["readability", "--content", content, "--language", "da"])
        #expect(status == 0)
        #expect(table.contains("content/strategi/index.da.md"))
    }

    @Test func readabilitysLongColumnCountsTheLongWords() throws {
        var files = TestSite.minimal
        files["content/strategi/handlinger.da.md"] = "---\ntitle: Handlinger\nsummary: S.\n---\n\nSocialøkonomiske virksomheder beskæftiger medarbejdere. Det er godt.\n"
        let site = try TestSite(files)
        let (status, table) = try run(["readability", "--content", site.root.appendingPathComponent("content").path])
        #expect(status == 0)
        let row = try #require(table.split(separator: "\n").first { $0.contains("handlinger.da.md") })
        let cells = row.split(separator: " ").map(String.init)
        // LIX  words  sentences  long: 7 words, 2 sentences, 4 words over 6 letters.
        #expect(Array(cells.prefix(4)) == [String(Readability.analyse(markdown: "Socialøkonomiske virksomheder beskæftiger medarbejdere. Det er godt.").lix), "7", "2", "4"], "\(row)")
    }

    @Test func newRefusesNamesTheBuildWouldRefuse() throws {
        let site = try TestSite()
        let content = site.root.appendingPathComponent("content").path
        for (kind, name) in [(Scaffold.Kind.page, "/tmp/abs"), (.page, "om//os"), (.page, "om/"), (.enterprise, "a/b"), (.story, "x/y")] {
            guard case .failure(let problem) = Scaffold.create(kind, name: name, content: content) else {
                Issue.record("\(kind) \(name) was created")
                continue
            }
            #expect(problem.code.rawValue == "bad-name")
        }
        #expect(!FileManager.default.fileExists(atPath: content + "//tmp/abs.da.md"))
        #expect(!FileManager.default.fileExists(atPath: content + "/catalogue/a/b.yaml"))
        guard case .success = Scaffold.create(.page, name: "om/kontakt", content: content) else {
            Issue.record("a good page name was refused")
            return
        }
    }
}
