import Foundation
import Testing
@testable import TorvKit

/// Templates swift-mustache cannot survive (circles of partials and layouts, very deep nesting) are
/// diagnostics before anything is parsed or rendered: they used to end `check`, `build` and `serve`
/// with a stack overflow (exit 139).
@Suite struct TemplateStructureTests {
    func site(_ edits: [String: (String) -> String]) throws -> TestSite {
        let site = try TestSite()
        for (path, edit) in edits {
            let url = site.root.appendingPathComponent("templates/" + path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try site.write("templates/" + path, edit(text))
        }
        return site
    }

    func errors(_ site: TestSite) -> [String] {
        let result = site.build()
        #expect(!result.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site").path))
        return zip(site.lines(result), result.diagnostics).filter { $0.1.severity == .error }.map { "\($0.0) \($0.1.message)" }
    }

    @Test func aPartialIncludingItselfIsOneDiagnostic() throws {
        let site = try site(["partials/footer.mustache": { $0 + "{{>partials/footer}}\n" }])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("templates/partials/footer.mustache:21:1: error: template-cycle") == true, "\(errors)")
        #expect(errors.first?.contains("includes itself (`{{>partials/footer}}`)") == true)
    }

    @Test func twoPartialsIncludingEachOtherNameTheCircle() throws {
        let site = try site([
            "partials/footer.mustache": { $0 + "{{>partials/header}}\n" },
            "partials/header.mustache": { $0 + "{{>partials/footer}}\n" },
        ])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("error: template-cycle") == true)
        #expect(errors.first?.contains("`partials/footer`") == true && errors.first?.contains("`partials/header`") == true, "\(errors)")
    }

    @Test func aLayoutExtendingItselfIsADiagnostic() throws {
        let site = try site(["page.mustache": { "{{<page}}{{/page}}\n" + $0 }])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("templates/page.mustache:1:1: error: template-cycle") == true, "\(errors)")
        #expect(errors.first?.contains("extends itself") == true)
    }

    @Test func aBlockWhoseReplacementHoldsItselfIsOneDiagnostic() throws {
        let site = try site(["page.mustache": {
            $0.replacingOccurrences(of: "<div class=\"content\">", with: "<div class=\"content\">{{$main}}{{/main}}")
        }])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("templates/page.mustache:11:22: error: template-cycle") == true, "\(errors)")
        #expect(errors.first?.contains("the replacement of the block `main` contains `{{$main}}` again") == true, "\(errors)")
    }

    @Test func aBlockThatComesBackThroughAPartialIsADiagnostic() throws {
        let site = try site(["partials/toc.mustache": { $0 + "{{$main}}{{/main}}\n" }])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("templates/page.mustache:10:1: error: template-cycle") == true, "\(errors)")
        #expect(errors.first?.contains("includes `partials/toc`, which contains `{{$main}}` again") == true, "\(errors)")
    }

    /// Only replacements that rendering reaches count: one for a block the parent does not have is never shown.
    @Test func blockCirclesAreFoundAmongReplacementsTheParentShows() {
        let cases: [(page: String, expected: [String])] = [
            ("{{<base}}{{$a}}{{$b}}{{/b}}{{/a}}{{$b}}{{$a}}{{/a}}{{/b}}{{/base}}", ["1:16 `{{$a}}` → `{{$b}}` → `{{$a}}`"]),
            ("{{<base}}{{$z}}{{$z}}{{/z}}{{/z}}{{/base}}", []),
            ("{{<base}}{{$a}}{{#x}}{{<other}}{{$a}}{{/a}}{{/other}}{{/x}}{{/a}}{{/base}}", ["1:22 includes `other`, which contains `{{$a}}` again"]),
            ("{{<base}}{{$a}}{{$z}}{{/z}}{{/a}}{{/base}}", []),
        ]
        for (page, expected) in cases {
            let texts = ["page": page, "base": "<{{$a}}{{/a}}>", "other": "({{$a}}{{/a}})"]
            let sources = texts.mapValues { SourceFile(path: "t", text: $0) }
            var diagnostics: [Diagnostic] = []
            let bad = TemplateStructure.check(sources: sources, tags: texts.mapValues(TemplateLinter.tags(in:)), diagnostics: &diagnostics)
            #expect(bad == (expected.isEmpty ? [] : ["page"]), "\(page)")
            #expect(diagnostics.count == expected.count, "\(page): \(diagnostics.map(\.message))")
            for (diagnostic, text) in zip(diagnostics, expected) {
                let place = "\(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0) "
                #expect(diagnostic.code == .templateCycle)
                #expect(text.hasPrefix(place) && diagnostic.message.contains(text.dropFirst(place.count)), "\(page): \(place)\(diagnostic.message)")
            }
        }
    }

    /// After a delimiter change the checks cannot follow the tags: the renderer stops at its limit,
    /// the page is an error at the tag where it stopped, and nothing is written.
    @Test func aPartialIncludingItselfUnseenIsStoppedWhenRendering() throws {
        let site = try site(["partials/footer.mustache": { $0 + "{{=<% %>=}}<%>partials/footer%>\n" }])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("templates/partials/footer.mustache:21:12: error: template-render-limit") == true, "\(errors)")
        #expect(errors.first?.contains("cut off at the template `partials/footer`, which comes back inside itself") == true, "\(errors)")
    }

    @Test func aBlockHoldingItselfUnseenIsStoppedWhenRendering() throws {
        let site = try site(["page.mustache": {
            $0.replacingOccurrences(
                of: "<div class=\"content\">", with: "<div class=\"content\">{{=<% %>=}}<%$main%><%/main%><%={{ }}=%>")
        }])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("templates/page.mustache:11:33: error: template-render-limit") == true, "\(errors)")
        #expect(errors.first?.contains("cut off at the block `{{$main}}`, which comes back inside itself without end") == true, "\(errors)")
        // `torv serve` keeps the pages it made for the next build, but never a page cut off.
        let cache = RenderCache()
        for _ in 0..<2 {
            let output = SiteRenderer.render(site.options, cache: cache)
            #expect(output.files == nil)
            #expect(output.diagnostics.contains { $0.code == .templateRenderLimit })
        }
    }

    /// A circle of more than one tag is named tag by tag, from the block whose replacement holds itself.
    @Test func aCircleRenderingFindsIsNamedTagByTag() throws {
        let texts = [
            "page": "{{<base}}{{$c}}{{=<% %>=}}(<%>partials/a%>)<%={{ }}=%>{{/c}}{{/base}}", "base": "<{{$c}}{{/c}}>",
            "partials/a": "{{$c}}{{/c}}",
        ]
        var diagnostics: [Diagnostic] = []
        let set = try #require(TemplateSet.make(
            texts.map { ($0.key, SourceFile(path: "templates/\($0.key).mustache", text: $0.value)) }, uiKeys: [], layouts: [.page],
            displayPath: { $0 }, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let html = set.render(MustacheReference.view, layout: .page, diagnostics: &diagnostics)
        #expect(String(decoding: html, as: UTF8.self).hasPrefix("<(((("))
        #expect(TestSite.lines(diagnostics, root: URL(fileURLWithPath: "/")) == ["templates/partials/a.mustache:1:1: error: template-render-limit"])
        #expect(diagnostics.first?.message == "the page was cut off at the block `{{$c}}`, which comes back inside itself without end: "
            + "`{{$c}}` → `partials/a` → `{{$c}}`")
    }

    @Test func twentyThousandNestedSectionsAreADiagnostic() throws {
        let n = 20_000
        let site = try site(["page.mustache": {
            $0.replacingOccurrences(
                of: "<h1>{{page.title}}</h1>",
                with: "<h1>" + String(repeating: "{{#page}}", count: n) + "{{title}}" + String(repeating: "{{/page}}", count: n) + "</h1>")
        }])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("error: template-too-deep") == true, "\(errors)")
    }

    @Test func nestingThroughPartialsCounts() throws {
        // 60 levels in the footer and 60 around the place where the page includes the table of contents.
        let deep = String(repeating: "{{#page}}", count: 60) + "{{title}}" + String(repeating: "{{/page}}", count: 60)
        let site = try site([
            "partials/toc.mustache": { $0 + deep + "\n" },
            "page.mustache": {
                $0.replacingOccurrences(of: "{{>partials/toc}}", with: String(repeating: "{{#page}}", count: 60)
                    + "{{>partials/toc}}" + String(repeating: "{{/page}}", count: 60))
            },
        ])
        let errors = errors(site)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("error: template-too-deep") == true, "\(errors)")
        #expect(errors.first?.contains("through `partials/toc`") == true, "\(errors)")
    }

    @Test func theSiteTemplatesNestWellUnderTheLimit() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        let folder = TestSite.repository.appendingPathComponent("templates")
        var sources: [String: SourceFile] = [:], tags: [String: [TemplateLinter.Tag]] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        for case let path as String in enumerator where path.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let name = String(path.dropLast(".mustache".count))
            sources[name] = SourceFile(path: path, text: text)
            tags[name] = TemplateLinter.tags(in: text)
        }
        var diagnostics: [Diagnostic] = []
        #expect(TemplateStructure.check(sources: sources, tags: tags, diagnostics: &diagnostics).isEmpty)
        #expect(diagnostics.isEmpty)
    }
}
