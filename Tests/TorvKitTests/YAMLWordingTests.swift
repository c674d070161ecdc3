import Testing
@testable import TorvKit

/// libyaml's internal wording never reaches an editor.
@Suite struct YAMLWordingTests {
    func message(_ yaml: String) -> Diagnostic? {
        var diagnostics: [Diagnostic] = []
        _ = YAMLDocument.parse(yaml, in: SourceFile(path: "x.yaml", text: yaml), diagnostics: &diagnostics)
        return diagnostics.first
    }

    @Test func tooDeepNestingIsSaidPlainly() throws {
        let d = try #require(message("title: " + String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000) + "\n"))
        #expect(d.message == "the YAML is not valid here: it is nested too deeply")
        #expect(!d.message.contains("yaml_set_max_nest_level") && d.hint?.contains("nested too deeply") == true)
    }

    @Test func aSecondDocumentIsNamedWithItsFix() throws {
        let d = try #require(message("youth: {da: Unge}\n---\nretention: {da: Fastholdelse}\n"))
        #expect(d.location?.line == 2)
        #expect(d.message.contains("a second document starts here"))
        #expect(d.hint?.contains("delete this `---` line") == true)
        #expect(d.hint?.contains("colon") == false)
    }
}
