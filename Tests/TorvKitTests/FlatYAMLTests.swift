import Testing
import Yams
@testable import TorvKit

/// `FlatYAML` must make exactly Yams's nodes (text, style, line and column) wherever it reads a
/// document at all, and leave everything else to Yams.
@Suite struct FlatYAMLTests {
    static func yams(_ yaml: String) -> Node?? {
        do { return .some(try Yams.compose(yaml: yaml, .basic, .default, .utf8)) } catch { return .none }
    }

    static func same(_ a: Node, _ b: Node) -> Bool {
        func sameMark(_ x: Mark?, _ y: Mark?) -> Bool { x?.line == y?.line && x?.column == y?.column }
        guard a.tag.description == b.tag.description else { return false }
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            return x.string == y.string && x.style == y.style && sameMark(x.mark, y.mark)
        case (.mapping(let x), .mapping(let y)):
            return x.style == y.style && sameMark(x.mark, y.mark) && x.count == y.count
                && zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        default:
            return false
        }
    }

    @Test func readsGeneratedFrontMatterAsYamsDoes() throws {
        let yaml = """
            title: "Til fællesskab: arbejdsmarked 0"
            summary: 'Mål at værdi # som har'
            weight: 10
            date: 2025-01-01
            toc: true
            time: 10:30   
            url: https://example.dk/a#b
            """
        let fast = try #require(FlatYAML.compose(yaml))
        guard case .some(.some(let slow)) = Self.yams(yaml) else {
            Issue.record("Yams refuses the document")
            return
        }
        #expect(Self.same(fast, slow))
        #expect(fast.mapping?["title"]?.string == "Til fællesskab: arbejdsmarked 0")
        #expect(fast.mapping?["time"]?.string == "10:30")
        if case .scalar(let summary)? = fast.mapping?["summary"] {
            #expect(summary.style == .singleQuoted)
        } else {
            Issue.record("summary is not a scalar")
        }
        #expect(fast.mapping?["weight"]?.mark?.column == 9)
        #expect(fast.mapping?["url"]?.mark?.line == 7)
    }

    @Test func leavesEverythingElseToYams() {
        for yaml in [
            "", "title: \"a \\\" b\"", "title: 'it''s'", "list:\n  - a", "title: a # note", "# note\ntitle: a", "title: a\n\nsummary: b",
            "title: a\ntitle: b", "title: &x a", "title: *x", "title: !tag a", "title: |", "title: [a, b]", "title: {a: b}",
            "title: a: b", "title: a:", "title:", "title:a", "title : a", " title: a", "title: a\n  more", "title: \"a\" b",
            "title: a\tb", "title: a\r", "title: a\u{2028}b", "title: \u{FEFF}a", "title: a\u{85}", "title: - a", "title: @a", "1st: a",
            "---\ntitle: a", "title: a\n...",
        ] {
            #expect(FlatYAML.compose(yaml) == nil, "\(Array(yaml.unicodeScalars))")
        }
    }

    /// Random documents of keys, separators and values, tricky ones included: wherever the fast
    /// reader answers, Yams reads the document without error to the same nodes.
    @Test func agreesWithYamsOnRandomDocuments() {
        let keys = ["title", "summary", "weight", "date", "toc", "a_b", "x-y", "Key2", "_k", "1abc", "k y", " title", "title "]
        let separators = [": ", ":  ", ":", " : ", ":\t", ": \t"]
        let goodValues = [
            "Socialøkonomi i kommunen", "\"Til fællesskab: 0\"", "'Mål at værdi'", "3", "2025-01-01", "true", "ja", "a b  c",
        ]
        let values = [
            "Socialøkonomi i kommunen", "10:30", "a#b", "a #b", "a: b", "https://x.dk/a?b=c#d", "~", "null", "", "-3", "- x",
            "[a, b]", "{a: b}", "a, b", "'single'", "'it''s'", "'a' #c", "\"double\"", "\"with \\\" escape\"", "\"a\" b", "\"\"",
            "value   ", "x\u{2028}y", "\u{FEFF}x", "a\u{85}b", "ÆØÅ æøå", "emoji 😀", "a:", "&anchor x", "*alias", "!tag x", "|", ">",
            "% x", "@x", "`x`", "yes", "2025-01-01", "\"tab\there\"", "'#'", "\"'\"", "'\"'", "?x", "? x", ":x", ",x", "#x",
            "a\u{7F}", "\u{A0}nbsp", "\u{FFFE}", "x \"y\"", "x 'y'",
        ]
        let extraLines = ["", "# comment", "  indented", "---", "..."]
        var generator = MustacheRandomTests.RNG(state: 0xF1A7)
        var accepted = 0
        let count = 6_000
        for _ in 0..<count {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let pick = Int.random(in: 0..<20, using: &generator)
                if pick == 0, let extra = extraLines.randomElement(using: &generator) {
                    lines.append(extra)
                    continue
                }
                // Mostly well-formed keys and separators, so that many documents are read.
                let key = pick < 14 ? keys[Int.random(in: 0..<7, using: &generator)] : keys.randomElement(using: &generator) ?? "k"
                let separator = pick < 16 ? ": " : separators.randomElement(using: &generator) ?? ": "
                let value = pick < 15 ? goodValues.randomElement(using: &generator) : values.randomElement(using: &generator)
                lines.append(key + separator + (value ?? ""))
            }
            let yaml = lines.joined(separator: "\n") + (Bool.random(using: &generator) ? "\n" : "")
            guard let fast = FlatYAML.compose(yaml) else { continue }
            accepted += 1
            guard case .some(.some(let slow)) = Self.yams(yaml) else {
                Issue.record("Yams refuses what the fast reader read: \(Array(yaml.unicodeScalars))")
                continue
            }
            #expect(Self.same(fast, slow), "\(Array(yaml.unicodeScalars))")
        }
        // The test compares something: a good share of the documents is read by the fast path.
        #expect(accepted > count / 10, "only \(accepted) of \(count) documents were read")
    }

    static func scalar(_ value: UInt32) -> String { Unicode.Scalar(value).map { String(Character($0)) } ?? "" }

    static func described(_ d: Diagnostic) -> String {
        "\(d.code) \(d.severity) \(String(describing: d.location)) \(d.message) \(d.hint ?? "") \(d.excerpt ?? "")"
    }

    /// Everything `YAMLMapping` answers (values, diagnostics, positions, unknown keys) is the same
    /// for a flat mapping read without nodes as for Yams's nodes of the same text.
    @Test func flatMappingsReadAsYamsMappings() throws {
        let keys = ["title", "summary", "weight", "date", "toc", "slug", "missing", "aliases"]
        let values = [
            "Socialøkonomi i kommunen", "\"Til fællesskab: 0\"", "'Mål'", "3", "-4", "x3", "2025-01-01", "2025-02-30", "2025-1-1",
            "true", "ja", "nej", "maybe", "~", "null", "\"\"", "''", "\"null\"", "10:30", "a" + Self.scalar(0xFDD0) + "b", "\"ctl " + Self.scalar(0xFFFF) + "\"",
        ]
        var generator = MustacheRandomTests.RNG(state: 0x5EED)
        var compared = 0
        for round in 0..<800 {
            var used = Set<String>()
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                guard let key = keys.dropLast(2).randomElement(using: &generator), used.insert(key).inserted else { continue }
                lines.append(key + ": " + (values.randomElement(using: &generator) ?? ""))
            }
            let yaml = lines.joined(separator: "\n")
            let file = SourceFile(path: "p.da.md", text: "---\n" + yaml + "\n---\n")
            guard let flat = FlatYAML.entries(yaml), case .some(.some(let node)) = Self.yams(yaml), case .mapping(let nodes) = node else { continue }
            compared += 1
            let fast = YAMLMapping(document: YAMLDocument(file: file, lineOffset: 1, flat: flat), flat: flat, location: file.location(line: 2, column: 1))
            let slow = YAMLMapping(document: YAMLDocument(file: file, lineOffset: 1, root: node), mapping: nodes, location: file.location(line: 2, column: 1))
            var a: [Diagnostic] = [], b: [Diagnostic] = []
            let asked = keys.filter { _ in Bool.random(using: &generator) }
            for key in asked {
                let required = round % 2 == 0
                #expect(fast.string(key, required: required, diagnostics: &a) == slow.string(key, required: required, diagnostics: &b))
                #expect(fast.int(key, diagnostics: &a) == slow.int(key, diagnostics: &b))
                #expect(fast.bool(key, diagnostics: &a) == slow.bool(key, diagnostics: &b))
                #expect(fast.date(key, diagnostics: &a) == slow.date(key, diagnostics: &b))
                #expect(fast.has(key) == slow.has(key))
                #expect(fast.location(ofKey: key) == slow.location(ofKey: key))
                #expect(fast.location(ofValue: key) == slow.location(ofValue: key))
                #expect(fast.node(key)?.string == slow.node(key)?.string)
            }
            _ = fast.list("aliases", diagnostics: &a)
            _ = slow.list("aliases", diagnostics: &b)
            fast.reportUnknownKeys(in: "the front matter", diagnostics: &a)
            slow.reportUnknownKeys(in: "the front matter", diagnostics: &b)
            #expect(a.map(Self.described) == b.map(Self.described), "\(yaml)")
            #expect(fast.entries.map(\.key) == slow.entries.map(\.key))
        }
        #expect(compared > 400, "only \(compared) documents compared")
    }

    /// A long flat mapping (a file of UI strings) is read too, and a key repeated after many is still left to Yams.
    @Test func longMappingsAndLateRepeats() throws {
        let lines = (0..<40).map { "key\($0): \"Tekst nummer \($0)\"" }
        let yaml = lines.joined(separator: "\n") + "\n"
        let fast = try #require(FlatYAML.compose(yaml))
        guard case .some(.some(let slow)) = Self.yams(yaml) else {
            Issue.record("Yams refuses the document")
            return
        }
        #expect(Self.same(fast, slow))
        #expect(FlatYAML.compose(yaml + "key3: igen\n") == nil)
        #expect(FlatYAML.compose(yaml + "key39: igen\n") == nil)
        // Past the line limit Yams reads the file (one Yams document per new line's mark would cost more).
        let long = (0..<(FlatYAML.maximumLines + 1)).map { "key\($0): v" }.joined(separator: "\n")
        #expect(FlatYAML.compose(long) == nil)
        #expect(FlatYAML.compose((0..<FlatYAML.maximumLines).map { "key\($0): v" }.joined(separator: "\n")) != nil)
    }

    @Test func marksComeFromYams() throws {
        let mark = try #require(YAMLMarks.mark(line: 7, column: 12))
        #expect(mark.line == 7 && mark.column == 12)
        #expect(YAMLMarks.mark(line: 0, column: 1) == nil)
    }
}
