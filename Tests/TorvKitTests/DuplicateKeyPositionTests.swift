import Testing
@testable import TorvKit

/// A repeated key is reported where it is repeated, and each repeated key gets its own message.
@Suite struct DuplicateKeyPositionTests {
    func positions(_ yaml: String, lineOffset: Int = 0) -> [String] {
        let file = SourceFile(path: "x.yaml", text: yaml)
        var diagnostics: [Diagnostic] = []
        #expect(YAMLDocument.parse(yaml, in: file, lineOffset: lineOffset, diagnostics: &diagnostics) == nil)
        return diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" }
    }

    @Test func theRepeatIsWhereItIsReported() {
        #expect(positions("title: A\nsummary: B\ntitle: C\n") == ["3:1 the key `title` appears more than once in the same block"])
    }

    @Test func twoRepeatedKeysGetAMessageEach() {
        #expect(positions("b: 1\na: 2\nb: 3\nc: 4\na: 5\n") == [
            "5:1 the key `a` appears more than once in the same block",
            "3:1 the key `b` appears more than once in the same block",
        ])
    }

    @Test func aRepeatInsideANestedBlockIsFoundThere() {
        let yaml = "products:\n  - id: a\n    title: A\n  - id: b\n    title: B\n    title: C\nname: X\n"
        #expect(positions(yaml) == ["6:5 the key `title` appears more than once in the same block"])
    }
}
