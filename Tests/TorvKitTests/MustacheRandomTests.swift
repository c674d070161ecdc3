import Foundation
import Testing
@testable import TorvKit

/// Templates made at random (seeded, so every run makes the same ones) from the tags, whitespace,
/// line ends and names where the two renderers could part: each parses as with swift-mustache, and
/// each set without a circle renders the same bytes.
@Suite struct MustacheRandomTests {
    /// SplitMix64: the same numbers on every machine.
    struct RNG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Any token at all (a tenth of the templates): mostly templates neither parser accepts.
    static let alphabet: [String] = [
        "{{", "}}", "{{#page.children}}", "{{/page.children}}", "{{^nav}}", "{{/nav}}", "{{#nav}}", "\n", "\n", "\n", "\r\n", "\r", "  ", "  ", "\t", " ",
        "{{>partials/a}}", "{{> partials/b }}", "{{<base}}", "{{/base}}", "{{$b}}", "{{/b}}", "{{$c}}", "{{/c}}", "{{title}}", "{{.}}", "{{{page.title}}}",
        "{{! c }}", "{{%CONTENT_TYPE: TEXT}}", "{{%CONTENT_TYPE: HTML}}", "é", "e\u{301}", "{", "}", "x", "<p>", "{{first()}}", "{{#first()}}", "{{/first()}}",
        "{{#last()}}", "{{/last()}}", "{{empty(nav)}}", "{{^empty(nav)}}", "{{/empty(nav)}}", "\u{0B}", "\u{2028}", "{{lang}}", "{{t.skip}}", "{{#t}}", "{{/t}}",
        "{{&page.title}}", "{{page}}", "{{#page}}", "{{/page}}", "{{url}}", "{{hreflang}}", "{{#current}}", "{{/current}}", "{{index()}}", "{{.title}}",
        "{{#page.isHome}}", "{{/page.isHome}}", "{{^page.isHome}}", "'\"&<>", "{{ title }}", "{{<partials/a}}", "{{/partials/a}}", "{{>base}}",
    ]

    /// What goes between the tags of a well-formed template.
    static let leaves = ["\n", "\n", "\n", "\r\n", "  ", "  ", "\t", " ", "x", "<li>", "é", "e\u{301}", "{{title}}", "{{.}}", "{{{page.title}}}",
        "{{! c }}", "{{%CONTENT_TYPE: TEXT}}", "{{first()}}", "{{index()}}", "{{empty(nav)}}", "\u{0B}", "\r", "{{lang}}", "{{t.skip}}", "{{&page.title}}",
        "{{url}}", "{{hreflang}}", "{{.title}}", "'\"&<>", "{{ title }}", "{{page.date}}", "{{#page.date}}d{{/page.date}}", "{{=<% %>=}}<%lang%><%={{ }}=%>"]
    static let sections = ["page.children", "nav", "t", "page", "current", "first()", "last()", "page.isHome", "empty(nav)", "alternates", "hreflang", "title", "reversed(nav)"]

    static func pick(_ choices: [String], _ rng: inout RNG) -> String { choices.randomElement(using: &rng) ?? "" }

    /// A well-formed template: sections two deep, partials and parents only of the templates after
    /// it (so no circle), and replacements without partials or blocks (so none holds itself).
    static func items(depth: Int, later: [String], rng: inout RNG, plain: Bool = false) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 0...6, using: &rng) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6: out += Self.pick(leaves, &rng)
            case 6...7 where depth < 2 && !plain:
                let name = Self.pick(sections, &rng)
                let sigil = Bool.random(using: &rng) ? "#" : "^"
                let pad = Self.pick(["", "\n", "  ", "\n  "], &rng)
                out += "{{\(sigil)\(name)}}" + pad + items(depth: depth + 1, later: later, rng: &rng) + pad + "{{/\(name)}}"
            case 8 where !later.isEmpty && !plain:
                out += "{{>\(Self.pick(later, &rng))}}"
            case 9 where depth < 2 && !plain:
                if let target = later.randomElement(using: &rng), Bool.random(using: &rng) {
                    var body = ""
                    for _ in 0..<Int.random(in: 0...3, using: &rng) {
                        let block = Self.pick(["b", "c"], &rng)
                        body += Self.pick(["", "\n", "  ", "x"], &rng) + "{{$\(block)}}" + items(depth: depth + 1, later: later, rng: &rng, plain: true) + "{{/\(block)}}"
                    }
                    out += "{{<\(target)}}" + body + Self.pick(["", "\n"], &rng) + "{{/\(target)}}"
                } else {
                    let block = Self.pick(["b", "c"], &rng)
                    out += "{{$\(block)}}" + items(depth: depth + 1, later: later, rng: &rng) + "{{/\(block)}}"
                }
            default: out += "\n"
            }
        }
        return out
    }

    @Test func randomTemplatesParseAndRenderAsWithSwiftMustache() {
        var rng = RNG(state: 1)
        let view = MustacheReference.view
        let names = ["page", "base", "partials/a", "partials/b"]
        var parsedCompared = 0, rendered = 0, failures = 0
        for _ in 0..<2000 {
            var templates: [String: String] = [:]
            var junk = false
            for (i, name) in names.enumerated() {
                if Int.random(in: 0..<10, using: &rng) == 0 {
                    junk = true
                    let count = Int.random(in: 0...14, using: &rng)
                    templates[name] = (0..<count).map { _ in Self.pick(Self.alphabet, &rng) }.joined()
                } else {
                    templates[name] = Self.items(depth: 0, later: Array(names[(i + 1)...]), rng: &rng)
                }
            }
            for (name, text) in templates {
                let (torv, reference) = MustacheReference.parse(HTMLEscaping.pragma + text)
                parsedCompared += 1
                if torv != reference, failures < 10 {
                    failures += 1
                    Issue.record("PARSE \(name) \(text.debugDescription)\n torv \(torv ?? "nil")\n ref  \(reference ?? "nil")")
                }
            }
            let files = names.map { ($0, SourceFile(path: "templates/\($0).mustache", text: templates[$0] ?? "")) }
            guard !junk, MustacheCorpusTests.structurallySafe(files, templates: templates.mapValues { $0.replacingOccurrences(of: "{{=<% %>=}}<%lang%><%={{ }}=%>", with: "") }) else { continue }
            let (torv, reference) = MustacheReference.render(templates, view: view)
            rendered += 1
            if torv != reference, failures < 10 {
                failures += 1
                Issue.record("RENDER \(templates.debugDescription)\n torv \(torv.debugDescription)\n ref  \(reference.debugDescription)")
            }
        }
        #expect(parsedCompared == 8000)
        #expect(rendered > 500)
    }
}
