import Testing
@testable import TorvKit

/// `number: one` on the first criterion is one message, at that number: the next criterion is not
/// also blamed for being "number 2 where 1 was expected".
@Suite struct PrizeNumberingTests {
    @Test func anUnreadableNumberIsOneMessage() throws {
        var files = SectionsFixture.files
        let prize = try #require(files["content/prize/prize.yaml"])
        files["content/prize/prize.yaml"] = prize.replacingOccurrences(of: "number: 1\n", with: "number: one\n")
        try #require(files["content/prize/prize.yaml"] != prize, "the fixture's first criterion is `number: 1`")
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let result = SiteBuilder.run(options, write: false)
        let prizeErrors = result.diagnostics.filter { $0.severity == .error && $0.location?.path.hasSuffix("prize.yaml") == true }
        #expect(prizeErrors.count == 1, "\(site.lines(result))")
        #expect(!prizeErrors.contains { $0.code == .criteriaNumbering })
    }
}
