import Foundation
import Testing
@testable import TorvKit

/// Templates read typed view models only: no untyped contexts, no reflection, and the linter's
/// schema is the view types' own.
@Suite struct RenderModelTests {
    static func engineSources() throws -> [(path: String, text: String)] {
        let root = TestSite.repository.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return try files.filter { $0.hasSuffix(".swift") }.sorted().map { path in
            (path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
        }
    }

    /// A view finds a field by its name's number: every one of its names, and no other, even a name
    /// first numbered after the table was made, or one that differs only in case.
    @Test func fieldsAreFoundByTheirNamesNumbers() {
        let names = ["title", "url", "current", "hreflang"]
        let positions = ViewName.positions(of: names)
        for (position, name) in names.enumerated() { #expect(ViewName(name).position(in: positions) == position) }
        #expect(ViewName("Title").position(in: positions) == nil)
        #expect(ViewName("a-name-first-seen-in-this-test-\(names.count)").position(in: positions) == nil)
        #expect(ViewName("title").id == ViewName("title").id && ViewName("title").id != ViewName("url").id)
        #expect(UIStringsView(values: ["skip": "Gå til indhold"]).value(named: "skip")?.printed == "Gå til indhold")
        #expect(UIStringsView(values: ["skip": "Gå til indhold"]).value(named: "menu") == nil)
    }

    @Test func noUntypedContextsOrReflectionInTheEngine() throws {
        let sources = try Self.engineSources()
        #expect(sources.count > 50)
        let untyped = ["String: " + "Any", "Mirror" + "(reflecting"]
        let hits = sources.flatMap { file in
            file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
                untyped.contains { line.contains($0) } ? "\(file.path):\(number + 1)" : nil
            }
        }
        #expect(hits == [])
    }

    @Test func everyLayoutsSchemaIsThePageViewAndItsSectionView() {
        for layout in Layout.allCases {
            let schema = layout.schema
            for name in PageView.fields.fieldNames { #expect(schema[name] != nil, "\(layout) lacks \(name)") }
            for name in (layout.sectionView?.schema.keys).map(Array.init) ?? [] { #expect(schema[name] != nil, "\(layout) lacks \(name)") }
        }
        #expect(Layout.enterprise.schema["enterprise"] != nil)
        #expect(Layout.page.schema["enterprise"] == nil)
    }

    @Test func aMisspeltFieldInASectionTemplateIsReportedAtItsPosition() throws {
        let sources = ["enterprise": SourceFile(path: "templates/enterprise.mustache", text: "<h1>{{enterprise.name}}</h1>\n<p>{{enterprise.towm}}</p>\n")]
        var diagnostics: [Diagnostic] = []
        TemplateLinter(sources: sources, schema: Layout.enterprise.schema, uiKeys: []).lint("enterprise", diagnostics: &diagnostics)
        #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code.rawValue)" } == ["2:4 template-unknown-variable"])
        #expect(diagnostics.first?.hint?.contains("enterprise.town") == true)
    }

    @Test func aViewRendersItsFieldsAndHidesAbsentOnes() {
        let view = NavItemView(title: "Strategi", url: "/strategi/", current: true, hreflang: nil)
        #expect(view.value(named: "title")?.printed == "Strategi")
        #expect(view.value(named: "current")?.printed == "true")
        #expect(view.value(named: "hreflang") == nil)
        #expect(view.value(named: "titel") == nil)
    }
}
