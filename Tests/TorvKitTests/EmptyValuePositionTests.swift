import Testing
@testable import TorvKit

/// An empty value (`retention: ~`) is an empty value at its own place, not a missing key at the top of the file.
@Suite struct EmptyValuePositionTests {
    @Test func anEmptyThemeIsReportedAtItsValue() throws {
        var files = SectionsFixture.files
        files["content/stories/themes.yaml"] = "youth: {da: Unge, en: Young people}\nretention: ~\n"
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let result = SiteBuilder.run(options, write: false)
        let lines = site.lines(result).filter { $0.contains("themes.yaml") }
        #expect(lines.first?.hasPrefix("content/stories/themes.yaml:2:12: error: ") == true, "\(lines)")
        #expect(!result.diagnostics.contains { $0.code == .missingKey && $0.location?.path.hasSuffix("themes.yaml") == true })
    }
}
