import Testing
@testable import TorvKit

@Suite struct SourceFileTests {
    @Test func dropsByteOrderMarkAndNormalisesLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)
        let (file, problem) = SourceFile.decode(bytes, path: "x.md")
        #expect(problem == nil)
        #expect(file?.text == "a\nb\nc\n")
        #expect(file?.line(2) == "b")
        #expect(file?.lineCount == 4)
    }

    @Test func reportsInvalidUTF8AtItsPosition() {
        // "æ" in Latin-1 is 0xE6: invalid as UTF-8.
        let bytes = Array("title: ok\nsum: Kr".utf8) + [0xE6] + Array("ft\n".utf8)
        let (file, problem) = SourceFile.decode(bytes, path: "p.da.md")
        #expect(file == nil)
        #expect(problem?.code == .invalidUTF8)
        #expect(problem?.location == SourceLocation(path: "p.da.md", line: 2, column: 8))
    }

    @Test func reportsNulByte() {
        let (_, problem) = SourceFile.decode(Array("ab\ncd".utf8) + [0] + Array("e".utf8), path: "n.md")
        #expect(problem?.code == .nulByte)
        #expect(problem?.location?.line == 2)
        #expect(problem?.location?.column == 3)
    }

    @Test func convertsByteColumnsToCharacterColumns() {
        let file = SourceFile(path: "x", text: "æøå [link](x)\n")
        // "[" is byte 8 (three 2-byte letters and a space), character 5.
        #expect(file.characterColumn(line: 1, byteColumn: 8) == 5)
    }
}

@Suite struct FrontMatterSplitterTests {
    @Test func splitsYAMLAndBodyWithLineNumbers() throws {
        let file = SourceFile(path: "p.da.md", text: "---\ntitle: A\nsummary: B\n---\n\nBody\n")
        let parts = try FrontMatterSplitter.split(file).get()
        #expect(parts.yaml == "title: A\nsummary: B")
        #expect(parts.yamlFirstLine == 2)
        #expect(parts.body == "\nBody\n")
        #expect(parts.bodyFirstLine == 5)
    }

    @Test func splitsFrontMatterOfEveryShape() throws {
        func split(_ text: String) throws -> FrontMatterSplitter.Parts {
            try FrontMatterSplitter.split(SourceFile(path: "p.da.md", text: text)).get()
        }
        let empty = try split("---\n---\nKrop\n")
        #expect(empty.yaml == "" && empty.body == "Krop\n" && empty.bodyFirstLine == 3)
        let dots = try split("---\ntitle: Æble\nsummary: ø\n...\n")
        #expect(dots.yaml == "title: Æble\nsummary: ø" && dots.body == "" && dots.bodyFirstLine == 5)
        let noEnd = try split("---\ntitle: T\n---")
        #expect(noEnd.yaml == "title: T" && noEnd.body == "" && noEnd.bodyFirstLine == 4)
        let notAClosingLine = try split("---\na: ---x\n --- \n---\nb\n")
        #expect(notAClosingLine.yaml == "a: ---x\n --- " && notAClosingLine.body == "b\n")
        #expect(throws: Diagnostic.self) { try split("---") }
        #expect(throws: Diagnostic.self) { try split("---\ntitle: T\n") }
    }

    @Test func missingFrontMatterIsADiagnostic() {
        let file = SourceFile(path: "p.da.md", text: "# Title\n")
        guard case .failure(let d) = FrontMatterSplitter.split(file) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .frontMatterMissing)
        #expect(d.location?.line == 1)
    }

    @Test func unterminatedFrontMatterIsADiagnostic() {
        let file = SourceFile(path: "p.da.md", text: "---\ntitle: A\n\nBody")
        guard case .failure(let d) = FrontMatterSplitter.split(file) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .frontMatterUnterminated)
    }

    @Test func emptyFileHasNoFrontMatter() {
        let file = SourceFile(path: "e.da.md", text: "")
        guard case .failure(let d) = FrontMatterSplitter.split(file) else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.code == .frontMatterMissing)
    }
}
