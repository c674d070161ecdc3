import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TorvKit

/// Inputs that used to take time quadratic in their size (issue 17): each is measured at 1x, 4x and
/// 16x, and the time per unit at 16x must stay within a few times the time per unit at 1x (a
/// quadratic cost would make it 16 times). The time is this thread's CPU time, so other work on the
/// machine (other tests, other programs) does not count. The table is printed for the record.
@Suite(.serialized) struct LinearTimeTests {
    /// The best of three runs, in seconds of this thread's CPU time.
    static func seconds(_ work: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        var best = Double.infinity
        for _ in 0..<3 {
            let start = now()
            work()
            best = min(best, now() - start)
        }
        return best
    }

    /// Measures `work(n)` at n, 4n and 16n and checks that time per unit does not grow with n.
    static func expectLinear(_ what: String, base: Int, _ work: (Int) -> Void) {
        var perUnit: [Double] = []
        for size in [base, base * 4, base * 16] {
            let time = seconds { work(size) }
            perUnit.append(time / Double(size))
            print("linear: \(what) \(size): \(String(format: "%.3f", time)) s")
        }
        #expect(perUnit[2] < perUnit[0] * 4, "\(what): seconds per unit \(perUnit)")
    }

    @Test func yamlMappingWithManyKeysIsReadInLinearTime() {
        Self.expectLinear("YAML keys", base: 1_000) { n in
            var yaml = ""
            for i in 0..<n { yaml += "t\(i): {da: Tema \(i), en: Theme \(i)}\n" }
            let file = SourceFile(path: "content/stories/themes.yaml", text: yaml)
            var diagnostics: [Diagnostic] = []
            guard let document = YAMLDocument.parse(yaml, in: file, diagnostics: &diagnostics),
                let root = document.rootMapping(diagnostics: &diagnostics, what: "themes.yaml")
            else { return }
            // As the story themes are read: every key asked for by name, then the unknown ones reported.
            let terms = root.entries.compactMap { root.localized($0.key, languages: ["da", "en"], required: true, diagnostics: &diagnostics) }
            root.reportUnknownKeys(in: "themes.yaml", diagnostics: &diagnostics)
            #expect(terms.count == n && diagnostics.isEmpty)
        }
    }

    static func render(body: String) -> MarkdownPage {
        let fm = FrontMatter(title: "T", slug: nil, summary: "S", weight: 0, layout: .page, toc: false)
        let page = PageSource(file: SourceFile(path: "content/links.da.md", text: body), relativePath: "links.da.md", key: "links",
            language: "da", frontMatter: fm, body: body[...], bodyFirstLine: 1)
        return MarkdownRenderer.render(page, allowRawHTML: false, smartPunctuation: false)
    }

    @Test func manyLinksOnOneLineTakeLinearTime() {
        Self.expectLinear("links on one line", base: 1_000) { n in
            let body = "Æble " + Array(repeating: "[x](../index.da.md)", count: n).joined(separator: " ") + "\n"
            let rendered = Self.render(body: body)
            #expect(rendered.pendingLinks.count == n)
            #expect(rendered.pendingLinks.last?.location.column == 6 + (n - 1) * 20)
        }
        Self.expectLinear("language spans on one line", base: 1_000) { n in
            let body = Array(repeating: "[ø](lang:da)", count: n).joined(separator: " ") + "\n"
            #expect(Self.render(body: body).htmlText.contains("<span lang=\"da\">ø</span>"))
        }
    }

    @Test func deeplyNestedTemplateSectionsAreRefusedInLinearTime() {
        Self.expectLinear("nested template sections", base: 1_000) { n in
            let text = String(repeating: "{{#page}}", count: n) + "{{title}}" + String(repeating: "{{/page}}", count: n)
            let file = SourceFile(path: "templates/page.mustache", text: text)
            let tags = TemplateLinter.tags(in: text)
            #expect(TemplateStructure.nestingProblem(in: file, tags: tags)?.code.rawValue == "template-too-deep")
            var diagnostics: [Diagnostic] = []
            _ = TemplateStructure.check(sources: ["page": file], tags: ["page": tags], diagnostics: &diagnostics)
        }
    }

    /// The checkpoints that make columns cheap on long lines give the same column as counting from the start.
    @Test func characterColumnsOnLongLinesAreExact() {
        let pieces = ["a", "æ", "🇩🇰", "e\u{301}", " ", "[x](y)", "ø"]
        var generator = MustacheRandomTests.RNG(state: 0xC01)
        var line = ""
        while line.utf8.count < 5_000 { line += pieces.randomElement(using: &generator) ?? "a" }
        let file = SourceFile(path: "x.md", text: "first\n" + line + "\nlast")
        var characters = 0, byte = 0
        for character in line {
            #expect(file.characterColumn(line: 2, byteColumn: byte + 1) == characters + 1)
            byte += character.utf8.count
            characters += 1
        }
        #expect(file.characterColumn(line: 2, byteColumn: byte + 1) == characters + 1)
        #expect(file.characterColumn(line: 3, byteColumn: 3) == 3)
        #expect(file.line(2) == line && file.line(3) == "last" && file.line(4) == nil)
    }
}
