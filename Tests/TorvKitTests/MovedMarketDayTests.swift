import Testing
@testable import TorvKit

/// `status: moved` without `previous_date` is reported at the `status` line, which asks for it.
@Suite struct MovedMarketDayTests {
    @Test func aMovedDayWithoutItsPreviousDateIsReportedAtStatus() throws {
        var files = SectionsFixture.files
        let day = try #require(files["content/market-day/2026.yaml"])
        let statusLine = try #require(day.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("status:") }) + 1
        files["content/market-day/2026.yaml"] = day.replacingOccurrences(of: "status: scheduled", with: "status: moved")
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let result = SiteBuilder.run(options, write: false)
        let missing = result.diagnostics.filter { $0.code == .missingKey && $0.message.contains("previous_date") }
        #expect(missing.map { $0.location?.line } == [statusLine], "\(site.lines(result))")
        #expect(missing.first?.location?.column == 9)
    }
}
