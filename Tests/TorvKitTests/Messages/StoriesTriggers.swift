import Testing
@testable import TorvKit

extension MessageTriggers {
    /// A fixture story (`content/stories/cafe.<language>.md`) with one piece of text replaced.
    static func storyFile(_ language: String, _ old: String, _ new: String) -> [String: String] {
        ["content/stories/cafe.\(language).md": SectionsFixture.story(language).replacingOccurrences(of: old, with: new)]
    }

    static let stories: [MessageTrigger] = [
        MessageTrigger(
            entry: "storyLeadTooLong(count:limit:)", base: .sections,
            files: storyFile("da", "lead: L.", "lead: " + String(repeating: "Langt. ", count: 50)),
            expected: "content/stories/cafe.da.md:4:7: error: too-long",
            fragment: "at most 300"),
        MessageTrigger(
            entry: "storyDateMissing()", base: .sections,
            files: storyFile("da", "date: 2026-10-14\n", ""),
            expected: "content/stories/cafe.da.md:2:1: error: missing-key",
            fragment: "a story needs `date`"),
        MessageTrigger(
            entry: "storyImageAltMissing()", base: .sections,
            files: storyFile("da", "sample: true\n", "sample: true\nimages:\n  - file: media/kage.jpg\n    alt: \"\"\n"),
            expected: "content/stories/cafe.da.md:11:10: error: image-alt-missing",
            fragment: "no text alternative"),
        MessageTrigger(
            entry: "storyConsentMissing()", base: .sections,
            files: storyFile("da", "consent: {date: 2026-09-30, scope: Website}\n", ""),
            expected: "content/stories/cafe.da.md:2:1: error: story-consent-missing",
            fragment: "no `consent`"),
        MessageTrigger(
            entry: "storyTranslationDiffers(key:value:original:originalValue:)", base: .sections,
            files: storyFile("en", "date: 2026-10-14", "date: 2026-10-15"),
            expected: "content/stories/cafe.en.md:5:7: warning: story-translation-differs",
            fragment: "`date` is not the same as in the original story"),
        MessageTrigger(
            entry: "storyUnknownTheme(_:known:)", base: .sections,
            files: storyFile("da", "themes: [youth]", "themes: [yuoth]"),
            expected: "content/stories/cafe.da.md:6:10: error: unknown-theme",
            fragment: "unknown theme `yuoth`"),
        MessageTrigger(
            entry: "storyNoTheme()", base: .sections,
            files: storyFile("da", "themes: [youth]", "themes: []"),
            expected: "content/stories/cafe.da.md:6:9: error: missing-value",
            fragment: "at least one theme"),
        MessageTrigger(
            entry: "storyUnknownEnterprise(_:known:)", base: .sections,
            files: storyFile("da", "enterprise: cafe", "enterprise: kafe"),
            expected: "content/stories/cafe.da.md:7:13: error: unknown-enterprise",
            fragment: "`kafe`, which is not in the catalogue"),
        MessageTrigger(
            entry: "storyMissingImage(_:)", base: .sections,
            files: storyFile("da", "sample: true\n", "sample: true\nimages:\n  - file: media/kage.jpg\n    alt: Et stykke kage\n"),
            expected: "content/stories/cafe.da.md:10:11: error: missing-image",
            fragment: "`media/kage.jpg` does not exist"),
        MessageTrigger(
            entry: "sectionPageMissing(layout:language:)", base: .sections,
            removed: ["content/stories/index.da.md", "content/stories/index.en.md"],
            expected: "content/stories: error: section-page-missing",
            fragment: "no page with `layout: stories`"),
        MessageTrigger(
            entry: "sectionPageTwice(layout:first:)", base: .sections,
            files: ["content/markedsdag/program.da.md": "---\ntitle: Program\nsummary: S.\nlayout: market-day\n---\n"],
            expected: "content/markedsdag/program.da.md:4:9: error: section-page-twice",
            fragment: "only one page can have `layout: market-day`"),
    ]
}

@Suite struct StoryMessageTests {
    func check(_ changes: [String: String]) throws -> [String] {
        let site = try TestSite(SectionsFixture.files.merging(changes) { $1 })
        return try MessageTrigger.check(site).map { TestSite.lines([$0], root: site.root)[0] + " " + ($0.hint ?? "") }
    }

    /// A translated story keeps the original's date, themes and enterprise; each difference is one
    /// warning at the translation's value, and the hint gives the Danish value.
    @Test func aTranslationThatDiffersFromTheOriginalIsWarnedAbout() throws {
        let english = SectionsFixture.story("en", themes: "[youth, retention]", enterprise: "cafe")
            .replacingOccurrences(of: "date: 2026-10-14", with: "date: 2026-10-15")
        let lines = try check(["content/stories/cafe.en.md": english]).filter { $0.contains("story-translation-differs") }
        #expect(lines.count == 2)
        #expect(lines.first { $0.contains(":5:7:") }?.contains("write `date: 2026-10-14`") == true, "\(lines)")
        #expect(lines.first { $0.contains(":6:9:") }?.contains("write `themes: [youth]`") == true, "\(lines)")
    }

    @Test func theSameThemesInAnotherOrderAreTheSame() throws {
        let changes = [
            "content/stories/cafe.da.md": SectionsFixture.story("da", themes: "[youth, retention]"),
            "content/stories/cafe.en.md": SectionsFixture.story("en", themes: "[retention, youth]"),
        ]
        #expect(try check(changes).filter { $0.contains("story-translation-differs") }.isEmpty)
    }

    @Test func anEnterpriseOnlyInTheTranslationIsWarnedAbout() throws {
        let danish = SectionsFixture.story("da").replacingOccurrences(of: "enterprise: cafe\n", with: "")
        let lines = try check(["content/stories/cafe.da.md": danish]).filter { $0.contains("story-translation-differs") }
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("content/stories/cafe.en.md:7:13: warning") == true, "\(lines)")
        #expect(lines.first?.contains("delete the `enterprise` line") == true, "\(lines)")
    }

    /// Every story needs `consent`, in each language (it is never rendered: see SectionsTests).
    @Test func consentIsRequiredInEveryLanguage() throws {
        let english = SectionsFixture.story("en").replacingOccurrences(of: "consent: {date: 2026-09-30, scope: Website}\n", with: "")
        #expect(try check(["content/stories/cafe.en.md": english]).contains { $0.hasPrefix("content/stories/cafe.en.md:2:1: error: story-consent-missing") })
    }
}
