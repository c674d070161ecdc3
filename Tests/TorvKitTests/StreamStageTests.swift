import Foundation
import Testing
@testable import TorvKit

/// `torv build` without a cache converts, renders and writes each page in one task (`StreamStage`),
/// checking links to headings after the pass. It must write what the two stages one after the other
/// write, and report the same problems.
@Suite struct StreamStageTests {
    /// Builds with and without the one pass into two output folders.
    func bothWays(_ options: BuildOptions, root: URL) -> (onePass: SiteBuilder.Result, twoStages: SiteBuilder.Result) {
        var onePass = options, twoStages = options
        onePass.output = root.appendingPathComponent("one-pass").path
        twoStages.output = root.appendingPathComponent("two-stages").path
        twoStages.streamsInOnePass = false
        return (SiteBuilder.run(onePass, write: true), SiteBuilder.run(twoStages, write: true))
    }

    func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let paths = FileManager.default.enumerator(atPath: folder.path) else { return result }
        for case let path as String in paths {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { result[path] = data }
        }
        return result
    }

    @Test func theProjectSiteIsWrittenByteForByteAsByTheTwoStages() throws {
        let folder = TemporaryFolder(FileManager.default.temporaryDirectory.appendingPathComponent("torv-one-pass-\(UUID().uuidString)"))
        let root = folder.url
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var options = BuildOptions(
            content: TestSite.repository.appendingPathComponent("content").path,
            templates: TestSite.repository.appendingPathComponent("templates").path, today: LocalDate(iso: "2026-11-22"))
        options.pagefind = try FakePagefind.path()
        let (onePass, twoStages) = bothWays(options, root: root)
        try #require(onePass.succeeded, "\(onePass.diagnostics.map(\.message))")
        #expect(onePass.diagnostics == twoStages.diagnostics)
        #expect(onePass.filesWritten == twoStages.filesWritten)
        let written = snapshot(root.appendingPathComponent("one-pass"))
        #expect(written.count > 100)
        #expect(written == snapshot(root.appendingPathComponent("two-stages")))
    }

    /// Links to missing headings (on the same page, on another page, on a page in another language
    /// that has the heading only in its own) among other broken links and a lint error: the same
    /// messages, and nothing published.
    @Test func brokenHeadingLinksAreReportedAsByTheTwoStagesAndNothingIsPublished() throws {
        var files = TestSite.minimal
        files["content/strategi/handlinger.da.md"] = """
            ---
            title: Handlinger
            summary: Seks handlinger.
            ---

            # Overskrift

            Se [målene](index.da.md#maal), [ingen mål](index.da.md#ingen), [her](#her), [findes](#handlinger-i-aar),
            [engelsk](index.en.md#goals) og [intet](findes-ikke.da.md#x).

            ## Handlinger i år

            Tekst.
            """
        let site = try TestSite(files)
        let (onePass, twoStages) = bothWays(site.options, root: site.root)
        #expect(!onePass.succeeded)
        #expect(onePass.diagnostics == twoStages.diagnostics)
        let anchors = onePass.diagnostics.filter { $0.code == .brokenAnchor }
        #expect(anchors.count >= 2)
        #expect(onePass.diagnostics.contains { $0.code == .headingLevel1 })
        #expect(onePass.filesWritten == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix("one-pass") || $0.contains(".torv-tmp-") }
        #expect(leftovers == [])
    }

    /// A page edited during the build, whose broken heading link is found after the pass: the
    /// message's excerpt reads the file again, finds it changed and reports that instead.
    @Test func aPageEditedDuringTheBuildIsReportedAfterThePass() throws {
        var files = TestSite.minimal
        files["content/strategi/handlinger.da.md"] = "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\nSe [ingen mål](index.da.md#ingen).\n"
        let site = try TestSite(files)
        var options = site.options
        let path = site.root.appendingPathComponent("content/strategi/handlinger.da.md").path
        options.afterLoading = site.appendLine(to: "content/strategi/handlinger.da.md")
        let result = SiteBuilder.run(options, write: true)
        #expect(!result.succeeded)
        #expect(result.diagnostics.contains { $0.entry == "changedDuringBuild()" && $0.location?.path == path })
        #expect(!result.diagnostics.contains { $0.code == .brokenAnchor })
        #expect(result.filesWritten == 0)
    }
}
