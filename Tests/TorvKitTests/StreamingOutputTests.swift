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
