import Testing
@testable import TorvKit

/// Every error in one run: a page whose front matter has an error still has its body's links checked,
/// so a broken link does not appear only after the first fix.
@Suite struct EveryErrorInOneRunTests {
    @Test func aPageWithABrokenFrontMatterStillHasItsLinksChecked() throws {
        var files = TestSite.minimal
        files["content/strategi/handlinger.da.md"] = "---\ntitle: Handlinger\n---\n\nSe [målene](index.da.md#maal) og [den gamle side](gammel.da.md).\n\n## Mål\n\nSe [herover](#mal).\n"
        let site = try TestSite(files)
        let lines = site.lines(site.check()).filter { $0.contains("handlinger.da.md") }
        #expect(lines.contains { $0.contains("error: missing-key") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/strategi/handlinger.da.md:5:") && $0.contains("error: broken-link") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/strategi/handlinger.da.md:9:") && $0.contains("broken") }, "\(lines)")
        // The link to an anchor that exists is fine, and the page is not published.
        #expect(!lines.contains { $0.contains("maal") })
    }
}
