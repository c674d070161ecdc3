import Foundation
import Testing
@testable import TorvKit

/// The message catalogue (`Sources/TorvKit/Messages/`): every entry is reached by a real broken
/// input, at the right place, with a hint; every code is documented in both editors' guides.
@Suite struct MessageTests {
    static let catalogueFolder = TestSite.repository.appendingPathComponent("Sources/TorvKit/Messages")

    /// Entries no fixture can reach, and why. Keep this list short.
    static let untriggerable: [String: String] = [
        "outputNotMoved": """
            the new site is swapped in with renameat2(RENAME_EXCHANGE); the plain rename that follows \
            a failed exchange only fails on a file system without it or on a mount point
            """,
    ]

    @Test(arguments: MessageTriggers.all)
    func triggerGivesItsMessage(_ trigger: MessageTrigger) throws {
        let site = try trigger.makeSite()
        let diagnostics = try trigger.run(site)
        let made = diagnostics.filter { $0.entry == trigger.entry }
        let lines = TestSite.lines(diagnostics, root: site.root)
        let diagnostic = try #require(made.first, "no `\(trigger.entry)` among \(lines)")
        let line = TestSite.lines([diagnostic], root: site.root)[0]
        #expect(line == trigger.expected, "all: \(lines)")
        #expect(diagnostic.message.contains(trigger.fragment), "message: \(diagnostic.message)")
        let hint = try #require(diagnostic.hint)
        #expect(!hint.trimmingCharacters(in: .whitespaces).isEmpty)
        for text in [diagnostic.message, hint] {
            #expect(text.filter { $0 == "`" }.count % 2 == 0, "unbalanced backticks: \(text)")
            #expect(!text.contains("\\("), "uninterpolated: \(text)")
        }
        #expect(!diagnostic.message.hasSuffix("."), "a message has no final full stop: \(diagnostic.message)")
        try Self.saveExample(diagnostic, of: trigger, root: site.root)
    }

    /// With `TORV_MESSAGE_EXAMPLES=folder`, each message is also written there as `torv check`
    /// prints it, for the examples in the editors' guides.
    static func saveExample(_ diagnostic: Diagnostic, of trigger: MessageTrigger, root: URL) throws {
        guard let folder = ProcessInfo.processInfo.environment["TORV_MESSAGE_EXAMPLES"] else { return }
        let text = DiagnosticFormat.text.format([diagnostic]).replacingOccurrences(of: root.path + "/", with: "")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = Self.baseName(trigger.entry) + ".txt"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }

    /// The names of the catalogue's entries: every `static func` in `Messages+….swift`.
    static func catalogueEntries() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: catalogueFolder.path)
            .filter { $0.hasPrefix("Messages+") && $0.hasSuffix(".swift") }
        var names: [String] = []
        let pattern = try Regex(#"static func ([A-Za-z0-9_]+)\("#)
        for file in files.sorted() {
            let source = try String(contentsOf: catalogueFolder.appendingPathComponent(file), encoding: .utf8)
            names += source.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
        }
        return names
    }

    static func baseName(_ entry: String) -> String {
        String(entry.prefix { $0 != "(" })
    }

    @Test func everyCatalogueEntryHasATrigger() throws {
        let entries = try Self.catalogueEntries()
        #expect(entries.count > 100)
        #expect(Set(entries).count == entries.count, "entry names must be unique (no overloads)")
        let triggered = Set(MessageTriggers.all.map { Self.baseName($0.entry) })
        let missing = Set(entries).subtracting(triggered).subtracting(Self.untriggerable.keys)
        #expect(missing.isEmpty, "entries without a trigger: \(missing.sorted())")
        let unknown = triggered.subtracting(entries)
        #expect(unknown.isEmpty, "triggers for entries that do not exist: \(unknown.sorted())")
    }

    @Test func everyCodeIsUsedAndDocumentedInBothGuides() throws {
        let given = Set(MessageTriggers.all.map { $0.expected.split(separator: " ").last.map(String.init) ?? "" })
        let unused = DiagnosticCode.allCases.map(\.rawValue).filter { !given.contains($0) }
        #expect(unused.isEmpty, "codes no trigger gives: \(unused)")
        for name in ["editors-guide.md", "redaktoervejledning.md"] {
            let guide = try String(
                contentsOf: TestSite.repository.appendingPathComponent("docs/\(name)"), encoding: .utf8)
            let headings = Set(guide.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) })
            let undocumented = DiagnosticCode.allCases.map(\.rawValue).filter { !headings.contains($0) }
            #expect(undocumented.isEmpty, "\(name) has no `### code` section for \(undocumented)")
            let unlisted = DiagnosticCode.allCases.map(\.rawValue).filter { !guide.contains("| [\($0)](#\($0)) |") }
            #expect(unlisted.isEmpty, "\(name) has no table row for \(unlisted)")
        }
    }

    /// Messages are made in the catalogue only: no other source file builds one from text.
    @Test func messagesAreWrittenOnlyInTheCatalogue() throws {
        let sources = TestSite.repository.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        let forbidden = try Regex(#"Message\.(error|warning|make)\(|\bMessage\(|Diagnostic\([^)]*\.(error|warning),\s*""#)
        var offenders: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            if path.hasPrefix("TorvKit/Messages/") || path.hasPrefix("TorvKit/Diagnostics/") { continue }
            let source = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            if source.contains(forbidden) { offenders.append(path) }
        }
        #expect(offenders.isEmpty, "messages written outside Sources/TorvKit/Messages: \(offenders)")
    }
}
