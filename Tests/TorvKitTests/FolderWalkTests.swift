import Foundation
import Testing
@testable import TorvKit

#if canImport(Glibc)
import Glibc
#endif

/// The walk over content/, content/media/ and templates/: link loops are one diagnostic each and
/// never followed, unreadable and too deep folders are errors, and time grows linearly with depth.
@Suite struct FolderWalkTests {
    func link(_ site: TestSite, _ path: String, to target: String) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    @Test func twoLinksToTheirOwnFolderAreTwoDiagnosticsNotAHang() throws {
        let site = try TestSite()
        try link(site, "content/loop/a", to: ".")
        try link(site, "content/loop/b", to: ".")
        try link(site, "content/media/op", to: "..")
        try link(site, "templates/partials/igen", to: "../partials")
        let start = Date()
        let result = site.build()
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(!result.succeeded)
        let loops = site.lines(result).filter { $0.hasSuffix("symlink-loop") }
        #expect(loops == [
            "content/loop/a: error: symlink-loop", "content/loop/b: error: symlink-loop", "content/media/op: error: symlink-loop",
            "templates/partials/igen: error: symlink-loop",
        ], "\(site.lines(result))")
    }

    @Test func aLinkToAFolderBesideItIsStillFollowed() throws {
        let site = try TestSite()
        try site.write("content/media/billeder/a.txt", "a")
        try link(site, "content/media/samme", to: "billeder")
        var diagnostics: [Diagnostic] = []
        let files = ContentDirectory(root: site.root.appendingPathComponent("content").path).listFiles(diagnostics: &diagnostics)
        #expect(files.contains("media/billeder/a.txt") && files.contains("media/samme/a.txt"))
        #expect(diagnostics.isEmpty)
    }

    @Test func anUnreadableFolderIsAnErrorAndTheBuildWritesNothing() throws {
        let site = try TestSite()
        var diagnostics: [Diagnostic] = []
        var directory = ContentDirectory(root: site.root.appendingPathComponent("content").path)
        directory.openFolder = { $0.hasSuffix("/strategi") ? nil : opendir($0) }
        let files = directory.listFiles(diagnostics: &diagnostics)
        #expect(!files.contains { $0.hasPrefix("strategi/") })
        #expect(TestSite.lines(diagnostics, root: site.root) == ["content/strategi: error: unreadable"])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func aNewLinkInMediaIsNoticedByServesWatcher() throws {
        let site = try TestSite()
        let roots = [site.root.appendingPathComponent("content").path, site.root.appendingPathComponent("templates").path]
        let before = PreviewSite.scan(roots)
        try link(site, "content/media/ude.txt", to: "/etc/hostname")
        #expect(PreviewSite.scan(roots) != before)
        let second = PreviewSite.scan(roots)
        try link(site, "content/media/loop", to: ".")
        #expect(PreviewSite.scan(roots) != second)
    }

    /// Folder depth 3, 12 and 48 (the limit is 64) with one file per folder: the walk's time per folder stays flat.
    @Test func walkTimeIsLinearInFolderDepth() throws {
        var perFolder: [Double] = []
        for depth in [3, 12, 48] {
            let site = try TestSite([:], withTemplates: false)
            var path = "content"
            for level in 0..<depth {
                path += "/d\(level)"
                try site.write(path + "/f.txt", "x")
            }
            let directory = ContentDirectory(root: site.root.appendingPathComponent("content").path)
            var diagnostics: [Diagnostic] = []
            let start = DispatchTime.now()
            var files: [String] = []
            for _ in 0..<20 { files = directory.listFiles(diagnostics: &diagnostics) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            #expect(files.count == depth + 2, "\(files.count)")  // + the two i18n files
            #expect(diagnostics.isEmpty)
            perFolder.append(seconds / Double(depth))
            print("folder depth \(depth): \(String(format: "%.2f", seconds * 1000 / 20)) ms per walk")
        }
        #expect(perFolder[2] < perFolder[0] * 6 + 0.001, "\(perFolder)")
    }
}
