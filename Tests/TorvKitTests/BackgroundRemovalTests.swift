import Foundation
import Testing
@testable import TorvKit

/// The previous site of a large build is removed after the swap by a process of its own; the new
/// site is complete at once, and the old one is gone soon after (or removed by the next build).
@Suite struct BackgroundRemovalTests {
    @Test func aLargePreviousSiteIsRemovedWithoutWaitingForIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("torv-bg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site").path
        func files(_ text: String) -> [OutputFile] {
            (0..<Publisher.backgroundRemovalThreshold).map { OutputFile(path: "p\($0 / 50)/\($0).html", text: text) }
        }
        try Publisher(output: output).publish(files("first"))
        try Publisher(output: output).publish(files("second"))
        #expect(try String(contentsOfFile: output + "/p3/170.html", encoding: .utf8) == "second")
        func olds() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("torv-old") } }
        var waited = 0
        while try !olds().isEmpty, waited < 300 {
            Thread.sleep(forTimeInterval: 0.1)
            waited += 1
        }
        #expect(try olds() == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).count == 11)  // ten folders and the marker
    }
}
