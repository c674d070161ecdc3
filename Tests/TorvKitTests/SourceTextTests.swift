import Foundation
import Testing
@testable import TorvKit

/// A page's text released after reading and read again when asked for (see `SourceText`).
@Suite struct SourceTextTests {
    func file(_ text: String) throws -> (SourceFile, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torv-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("side.da.md").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let (file, problem) = SourceFile.decode(Array(text.utf8), path: path)
        #expect(problem == nil)
        return (try #require(file), path)
    }

    @Test func aReleasedTextIsReadAgainWithTheSameLinesAndColumns() throws {
        let text = "\u{FEFF}---\r\ntitle: Målgrupper\r\n---\r\nÆblerne på [torvet](x.da.md).\r\n"
        let (source, _) = try file(text)
        let before = (source.text, source.line(4), source.characterColumn(line: 4, byteColumn: 16), source.lineCount)
        source.release()
        #expect(source.rereads == 0)
        #expect(source.text == before.0)
        #expect(source.line(4) == before.1)
        #expect(source.characterColumn(line: 4, byteColumn: 16) == before.2)
        #expect(source.lineCount == before.3)
        #expect(source.rereads == 1)
        #expect(!source.changedSinceRead)
    }

    @Test func aCopyOfThePageSharesTheReleasedText() throws {
        let (source, _) = try file("---\ntitle: T\n---\nTekst.\n")
        let copy = source
        copy.release()
        _ = source.text
        #expect(copy.rereads == 1)
    }

    @Test func aFileEditedOrRemovedAfterReadingCountsAsChangedAndEmpty() throws {
        let (edited, editedPath) = try file("---\ntitle: T\n---\nTekst.\n")
        edited.release()
        try Data("---\ntitle: T\n---\nTekst!\n".utf8).write(to: URL(fileURLWithPath: editedPath))
        #expect(edited.text == "")
        #expect(edited.changedSinceRead)
        #expect(edited.line(4) == nil)

        let (removed, removedPath) = try file("---\ntitle: T\n---\nTekst.\n")
        removed.release()
        try FileManager.default.removeItem(atPath: removedPath)
        #expect(removed.text == "")
        #expect(removed.changedSinceRead)
    }

    @Test func aPageBodyIsTheSameAfterItsTextIsReleased() throws {
        let (source, _) = try file("---\ntitle: Æbler\nsummary: S.\n---\n\nBrødtekst med æ.\n")
        var diagnostics: [Diagnostic] = []
        let page = try #require(PageLoader.load(source, relativePath: "side.da.md", key: "side", language: "da", diagnostics: &diagnostics))
        let body = String(page.body)
        source.release()
        #expect(String(page.body) == body)
        #expect(body == "\nBrødtekst med æ.\n")
        #expect(page.bodyByteCount == body.utf8.count)
    }
}
