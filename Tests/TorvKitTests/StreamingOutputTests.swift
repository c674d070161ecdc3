import Foundation
import Testing
@testable import TorvKit

/// `torv build` writes each page into the hidden folder as soon as it is rendered (memory stays
/// bounded), and swaps the folder in only when the whole build succeeded.
@Suite struct StreamingOutputTests {
    @Test func aStreamedBuildWritesTheSameBytesAsOneHeldInMemory() throws {
        let site = try TestSite()
        let result = site.build()
        #expect(result.succeeded)
        let held = try #require(SiteRenderer.render(site.options).files)
        let written = site.outputSnapshot().filter { $0.key != Publisher.marker }
        #expect(written.count == held.count)
        #expect(written.count == result.filesWritten - 1)
        for file in held {
            #expect(written[file.path] == Data(file.bytes), "\(file.path)")
        }
    }

    @Test func aPrivacyErrorFoundWhileStreamingPublishesNothingAndCleansUp() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        let before = site.outputSnapshot()
        let base = try String(contentsOf: site.root.appendingPathComponent("templates/base.mustache"), encoding: .utf8)
        let external = "<link rel=\"stylesheet\" href=\"{{assets.css}}\">\n<link rel=\"stylesheet\" href=\"https://fonts.example.com/a.css\">"
        try site.write("templates/base.mustache", base.replacingOccurrences(of: "<link rel=\"stylesheet\" href=\"{{assets.css}}\">", with: external))
        let failed = site.build()
        #expect(!failed.succeeded)
        #expect(failed.diagnostics.contains { $0.code == .thirdPartyResource })
        #expect(failed.filesWritten == 0)
        #expect(site.outputSnapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".torv-tmp-") }
        #expect(leftovers == [])
        // The lock was released: the next build (fixed) publishes.
        try site.write("templates/base.mustache", base)
        #expect(site.build().succeeded)
        #expect(site.outputSnapshot() == before)
    }

    @Test func theFirstContentPageIsNamedInThePrivacyMessageAsBeforeStreaming() throws {
        let site = try TestSite()
        let base = try String(contentsOf: site.root.appendingPathComponent("templates/base.mustache"), encoding: .utf8)
        try site.write("templates/base.mustache", base.replacingOccurrences(of: "</body>", with: "<img src=\"https://x.example/p.png\" alt=\"\"></body>"))
        let result = site.build()
        let errors = result.diagnostics.filter { $0.code == .thirdPartyResource }
        #expect(errors.count == 1)
        #expect(errors.first?.location?.path.hasSuffix("site/index.html") == true)
    }

    /// A large site's pages are converted again as they are rendered instead of holding their HTML:
    /// the output is the same, and so are the diagnostics (lint and readability are not repeated).
    @Test func convertingAgainInTheRenderStageGivesTheSameSite() throws {
        var files = TestSite.minimal
        files["content/strategi/handlinger.da.md"] = "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\n# Overskrift\n\nSe [målene](index.da.md#maal) og [intet](findes-ikke.da.md).\n"
        let site = try TestSite(files)
        var options = site.options
        let held = SiteRenderer.render(options)
        options.heldMarkdownLimit = 0
        let again = SiteRenderer.render(options)
        #expect(again.diagnostics == held.diagnostics)
        #expect(held.diagnostics.contains { $0.code == .headingLevel1 })
        files["content/strategi/handlinger.da.md"] = "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\n## Overskrift\n\nSe [målene](index.da.md#maal).\n"
        let valid = try TestSite(files)
        var validOptions = valid.options
        let heldFiles = try #require(SiteRenderer.render(validOptions).files)
        validOptions.heldMarkdownLimit = 0
        let againFiles = try #require(SiteRenderer.render(validOptions).files)
        #expect(againFiles.map(\.path) == heldFiles.map(\.path))
        #expect(againFiles.map(\.bytes) == heldFiles.map(\.bytes))
    }
}

/// A rebuild writes into the previous site kept as a spare: unchanged files stay (same inode),
/// changed ones are new files, strays are removed, and the result equals a build from nothing.
@Suite struct SpareFolderTests {
    func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    func heldSnapshot(_ site: TestSite) throws -> [String: Data] {
        let files = try #require(SiteRenderer.render(site.options).files)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, Data($0.bytes)) })
    }

    @Test func aRebuildKeepsUnchangedFilesAndReplacesChangedOnes() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        #expect(site.build().succeeded)
        let spare = site.root.appendingPathComponent(".site.torv-spare").path
        let keptBefore = try #require(inode(spare + "/en/index.html"))
        // A hard link to the page that changes: it must keep the old bytes (no rewriting in place).
        let backup = site.root.appendingPathComponent("backup.html").path
        #expect(Glibc.link(spare + "/strategi/index.html", backup) == 0)
        let old = try Data(contentsOf: URL(fileURLWithPath: backup))
        let page = try String(contentsOf: site.root.appendingPathComponent("content/strategi/index.da.md"), encoding: .utf8)
        try site.write("content/strategi/index.da.md", page + "\nEn ny sætning.\n")
        #expect(site.build().succeeded)
        let output = site.root.appendingPathComponent("site").path
        #expect(inode(output + "/en/index.html") == keptBefore)
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == old)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output + "/strategi/index.html")) != old)
        #expect(site.outputSnapshot().filter { $0.key != Publisher.marker } == (try heldSnapshot(site)))
    }

    @Test func straysAndFilesWhereFoldersMustBeAreCleanedUp() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        #expect(site.build().succeeded)
        let spare = site.root.appendingPathComponent(".site.torv-spare")
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.html"))
        try FileManager.default.createDirectory(at: spare.appendingPathComponent("gammel/mappe"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: spare.appendingPathComponent("strategi"))
        try Data("a file where a folder must be".utf8).write(to: spare.appendingPathComponent("strategi"))
        try FileManager.default.removeItem(at: spare.appendingPathComponent("en/index.html"))
        try FileManager.default.createSymbolicLink(atPath: spare.appendingPathComponent("en/index.html").path, withDestinationPath: "/etc/hostname")
        #expect(site.build().succeeded)
        #expect(site.outputSnapshot().filter { $0.key != Publisher.marker } == (try heldSnapshot(site)))
        let output = site.root.appendingPathComponent("site")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("gammel").path))
        let type = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("en/index.html").path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    /// A file in the spare is kept only when it is a plain file with exactly the new bytes.
    @Test func aFileHoldsExactlyItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torv-holds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = Array((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/a"))
        try Data().write(to: URL(fileURLWithPath: folder + "/empty"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/a")
        #expect(FileWriter.holds(folder + "/a", bytes))
        var changed = bytes
        changed[69_999] ^= 1
        #expect(!FileWriter.holds(folder + "/a", changed))
        #expect(!FileWriter.holds(folder + "/a", Array(bytes.dropLast())))
        #expect(!FileWriter.holds(folder + "/a", bytes + [0]))
        #expect(FileWriter.holds(folder + "/empty", []))
        #expect(!FileWriter.holds(folder + "/empty", [0]))
        #expect(!FileWriter.holds(folder + "/link", bytes))
        #expect(!FileWriter.holds(folder + "/missing", []))
    }

    @Test func aSpareWithoutTheMarkerIsNotUsed() throws {
        let site = try TestSite()
        let spare = site.root.appendingPathComponent(".site.torv-spare")
        try FileManager.default.createDirectory(at: spare, withIntermediateDirectories: true)
        try Data("not Torv's".utf8).write(to: spare.appendingPathComponent("keep.txt"))
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site/keep.txt").path))
        #expect(site.outputSnapshot().filter { $0.key != Publisher.marker } == (try heldSnapshot(site)))
    }
}
