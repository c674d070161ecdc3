import Foundation
import Testing
@testable import TorvKit

/// Nothing is lost or written in the wrong place: a symlinked output folder, a planted lock link,
/// and `torv translations --mark` outside content/ or on a link.
@Suite struct DataSafetyTests {
    let fm = FileManager.default

    func isLink(_ path: String) -> Bool {
        (try? fm.destinationOfSymbolicLink(atPath: path)) != nil
    }

    @Test func aSymlinkedOutputFolderIsPublishedIntoItsTarget() throws {
        let site = try TestSite()
        let target = site.root.appendingPathComponent("www/real")
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        let output = site.root.appendingPathComponent("site").path
        try fm.createSymbolicLink(atPath: output, withDestinationPath: "www/real")
        for round in 1...2 {
            let result = site.build()
            #expect(result.succeeded, "round \(round): \(site.lines(result))")
            #expect(isLink(output), "round \(round): the link was replaced")
            #expect(fm.fileExists(atPath: target.appendingPathComponent("index.html").path), "round \(round)")
            #expect(fm.fileExists(atPath: target.appendingPathComponent(Publisher.marker).path))
        }
        // No leftovers beside the target or the link (but the lock and the previous site kept as the spare).
        let beside = try fm.contentsOfDirectory(atPath: site.root.appendingPathComponent("www").path)
        #expect(beside.filter { !$0.hasSuffix("torv-lock") }.sorted() == [".real.torv-spare", "real"], "\(beside)")
    }

    @Test func aDanglingLinkAtTheOutputIsPublishedWhereItPoints() throws {
        let site = try TestSite()
        try fm.createDirectory(at: site.root.appendingPathComponent("www"), withIntermediateDirectories: true)
        let output = site.root.appendingPathComponent("site").path
        try fm.createSymbolicLink(atPath: output, withDestinationPath: "www/new")
        #expect(site.build().succeeded)
        #expect(isLink(output))
        #expect(fm.fileExists(atPath: site.root.appendingPathComponent("www/new/index.html").path))
    }

    @Test func aLockFilePlantedAsALinkIsNotFollowed() throws {
        let site = try TestSite()
        let victim = site.root.appendingPathComponent("victim").path
        try fm.createSymbolicLink(atPath: site.root.appendingPathComponent(".site.torv-lock").path, withDestinationPath: victim)
        let result = site.build()
        #expect(result.succeeded, "\(site.lines(result))")
        #expect(!fm.fileExists(atPath: victim))
    }

    @Test func markRefusesFilesOutsideContentAndLinks() throws {
        let site = try TestSite()
        let outside = site.root.appendingPathComponent("x.en.md")
        let text = "---\ntitle: T\nsummary: S\n---\n"
        try site.write("x.en.md", text)
        let escape = site.root.appendingPathComponent("content/../x.en.md").path
        guard case .failure(let problem) = TranslationStatus.mark(escape, options: site.options) else {
            Issue.record("--mark changed a file outside content/")
            return
        }
        #expect(problem.message.contains("outside the content folder"))
        #expect(try String(contentsOf: outside, encoding: .utf8) == text)

        let link = site.root.appendingPathComponent("content/strategi/handlinger.en.md").path
        try fm.createSymbolicLink(atPath: link, withDestinationPath: "index.en.md")
        guard case .failure(let linked) = TranslationStatus.mark(link, options: site.options) else {
            Issue.record("--mark replaced a link")
            return
        }
        #expect(linked.message.contains("a link to another file"))
        #expect(isLink(link))

        // A folder linked out of content/ is outside too.
        try fm.createDirectory(at: site.root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        try site.write("elsewhere/y.en.md", text)
        try fm.createSymbolicLink(atPath: site.root.appendingPathComponent("content/ud").path, withDestinationPath: "../elsewhere")
        guard case .failure(let out) = TranslationStatus.mark(site.root.appendingPathComponent("content/ud/y.en.md").path, options: site.options)
        else {
            Issue.record("--mark followed a folder link out of content/")
            return
        }
        #expect(out.message.contains("outside the content folder"))
    }
}
