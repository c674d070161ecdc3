import Foundation
import Testing
@testable import TorvKit

/// The whole real site and the fuzz corpus's templates, rendered by Torv's renderer and by
/// swift-mustache: the same bytes, file for file.
@Suite struct MustacheCorpusTests {
    @Test func theRealSiteIsTheSameByteForByte() throws {
        var options = BuildOptions(
            content: TestSite.repository.appendingPathComponent("content").path,
            templates: TestSite.repository.appendingPathComponent("templates").path, output: "/nonexistent")
        options.today = LocalDate(iso: "2026-11-22")
        let torv = SiteRenderer.render(options)
        options.templateEngine = .swiftMustache
        let reference = SiteRenderer.render(options)
        #expect(!torv.diagnostics.contains { $0.severity == .error })
        let torvFiles = try #require(torv.files), referenceFiles = try #require(reference.files)
        let html = torvFiles.filter { $0.path.hasSuffix(".html") }
        #expect(html.count > 100)
        #expect(torvFiles.map(\.path).sorted() == referenceFiles.map(\.path).sorted())
        let theirs = Dictionary(referenceFiles.map { ($0.path, $0.bytes) }) { first, _ in first }
        for file in torvFiles where theirs[file.path] != file.bytes {
            Issue.record("\(file.path) differs from swift-mustache's rendering")
        }
    }

    /// Every input of the template fuzzer: each of its four templates parses (or fails) as with
    /// swift-mustache; the set is checked as the build checks it and rendered the same by both.
    @Test func theFuzzCorpusRendersTheSame() throws {
        let folder = TestSite.repository.appendingPathComponent("Fuzz/corpus/template")
        let view = FuzzTargets.templateView(FuzzTargets.Fixture(languages: ["da", "en"]))
        var rendered = 0, unchecked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let names = ["page", "base", "partials/a", "partials/b"]
            let pieces = bytes.split(separator: 0, maxSplits: names.count - 1, omittingEmptySubsequences: false)
            var templates: [String: String] = [:]
            for (template, piece) in zip(names, pieces) {
                let text = String(decoding: piece, as: UTF8.self)
                templates[template] = text
                // As in the build, a template nested too deep for the parsers' recursion is never parsed.
                let file = SourceFile(path: "templates/\(template).mustache", text: text)
                guard TemplateStructure.nestingProblem(in: file, tags: TemplateLinter.tags(in: text)) == nil else { continue }
                let (torv, reference) = MustacheReference.parse(HTMLEscaping.pragma + text)
                #expect(torv == reference, "\(name) \(template)")
            }
            let files = names.compactMap { template in templates[template].map { (template, SourceFile(path: "templates/\(template).mustache", text: $0)) } }
            if Self.checked(files) {
                let (torv, reference) = MustacheReference.render(templates, view: view)
                #expect(torv == reference, "\(name)")
                rendered += 1
            } else if Self.structurallySafe(files, templates: templates) {
                // The linter rejects these (unknown names), but they render: missing values, unusual tags.
                let (torv, reference) = MustacheReference.render(templates, view: view)
                #expect(torv == reference, "\(name)")
                unchecked += 1
            }
        }
        #expect(rendered > 20)
        #expect(unchecked > 20)
    }

    /// The templates pass every check of the build (as the fuzz target requires before rendering).
    static func checked(_ files: [(String, SourceFile)]) -> Bool {
        var diagnostics: [Diagnostic] = []
        return TemplateSet.make(files, uiKeys: ["skip"], layouts: [.page], displayPath: { $0 }, diagnostics: &diagnostics) != nil
    }

    /// No circle or deep nesting, every template parsed, and nothing the structure check cannot
    /// follow (a delimiter change, a dynamic partial) that could hide a circle from it.
    static func structurallySafe(_ files: [(String, SourceFile)], templates: [String: String]) -> Bool {
        guard templates.values.allSatisfy({ !$0.contains("{{=") && !$0.contains("*") }) else { return false }
        var sources: [String: SourceFile] = [:]
        var tags: [String: [TemplateLinter.Tag]] = [:]
        for (name, file) in files {
            sources[name] = file
            tags[name] = TemplateLinter.tags(in: file.text)
            if TemplateStructure.nestingProblem(in: file, tags: tags[name] ?? []) != nil { return false }
        }
        guard templates.values.allSatisfy({ MustacheReference.parse(HTMLEscaping.pragma + $0).reference == nil }) else { return false }
        var diagnostics: [Diagnostic] = []
        return TemplateStructure.check(sources: sources, tags: tags, diagnostics: &diagnostics).isEmpty && diagnostics.isEmpty
    }
}
