import Testing
@testable import TorvKit

extension MessageTriggers {
    /// `SectionsFixture.marketDay` with one piece of text replaced (the first occurrence only).
    static func marketDayFile(_ old: String, _ new: String) -> [String: String] {
        let text = SectionsFixture.marketDay
        guard let range = text.range(of: old) else { return ["content/market-day/2026.yaml": text] }
        return ["content/market-day/2026.yaml": text.replacingCharacters(in: range, with: new)]
    }

    static let marketDay: [MessageTrigger] = [
        MessageTrigger(
            entry: "marketDayName()", base: .sections,
            files: ["content/market-day/markedsdag.yaml": SectionsFixture.marketDay],
            expected: "content/market-day/markedsdag.yaml: error: market-day-name",
            fragment: "named after its year"),
        MessageTrigger(
            entry: "marketDayBadTime(key:value:)", base: .sections,
            files: marketDayFile("\nstart: \"10:00\"", "\nstart: \"10.00\""),
            expected: "content/market-day/2026.yaml:4:8: error: bad-time",
            fragment: "HH:MM"),
        MessageTrigger(
            entry: "marketDayYear(date:year:dateYear:)", base: .sections,
            files: marketDayFile("date: 2026-12-05", "date: 2027-12-05"),
            expected: "content/market-day/2026.yaml:3:7: error: market-day-year",
            fragment: "not in 2026"),
        MessageTrigger(
            entry: "marketDayEndsBeforeStart(start:end:)", base: .sections,
            files: marketDayFile("\nend: \"15:00\"", "\nend: \"09:00\""),
            expected: "content/market-day/2026.yaml:5:6: error: end-before-start",
            fragment: "the day ends (09:00)"),
        MessageTrigger(
            entry: "marketDayUnknownStatus(_:)", base: .sections,
            files: marketDayFile("status: scheduled", "status: planned"),
            expected: "content/market-day/2026.yaml:6:9: error: unknown-value",
            fragment: "unknown status `planned`"),
        MessageTrigger(
            entry: "previousDateUnused()", base: .sections,
            files: marketDayFile("status: scheduled", "status: scheduled\nprevious_date: 2026-11-28"),
            expected: "content/market-day/2026.yaml:7:16: warning: previous-date-unused",
            fragment: "`status: moved`"),
        MessageTrigger(
            entry: "programmeUnknownType(_:)", base: .sections,
            files: marketDayFile("type: talk", "type: speech"),
            expected: "content/market-day/2026.yaml:13:11: error: unknown-value",
            fragment: "unknown programme type `speech`"),
        MessageTrigger(
            entry: "programmeBadLanguage(_:)", base: .sections,
            files: marketDayFile("language: da", "language: Danish"),
            expected: "content/market-day/2026.yaml:14:15: error: bad-language",
            fragment: "`Danish` is not a language code"),
        MessageTrigger(
            entry: "programmeEndsBeforeStart(start:end:)", base: .sections,
            files: marketDayFile("end: \"10:30\"", "end: \"09:30\""),
            expected: "content/market-day/2026.yaml:11:10: error: end-before-start",
            fragment: "the item ends (09:30)"),
        MessageTrigger(
            entry: "outsideDay(itemStart:itemEnd:dayStart:dayEnd:)", base: .sections,
            files: marketDayFile("- start: \"10:00\"", "- start: \"09:00\""),
            expected: "content/market-day/2026.yaml:10:12: warning: outside-day",
            fragment: "outside the day's opening hours (10:00–15:00)"),
        MessageTrigger(
            entry: "standCodeTwice(_:)", base: .sections,
            files: marketDayFile("    shows: {da: Kage., en: Cake.}\n",
                "    shows: {da: Kage., en: Cake.}\n  - code: A1\n    exhibitor: {name: Bageriet, website: https://bageriet.dk/}\n"),
            expected: "content/market-day/2026.yaml:19:11: error: duplicate-id",
            fragment: "`A1` is used twice"),
        MessageTrigger(
            entry: "exhibitorBadWebsite(_:)", base: .sections,
            files: marketDayFile("    shows: {da: Kage., en: Cake.}\n",
                "    shows: {da: Kage., en: Cake.}\n  - code: A2\n    exhibitor:\n      name: Bageriet\n      website: bageriet.dk\n"),
            expected: "content/market-day/2026.yaml:22:16: error: bad-url",
            fragment: "`bageriet.dk` is not a web address"),
        MessageTrigger(
            entry: "standOwner(both:)", base: .sections,
            files: marketDayFile("    shows: {da: Kage., en: Cake.}\n", "    shows: {da: Kage., en: Cake.}\n  - code: A2\n"),
            expected: "content/market-day/2026.yaml:19:5: error: stand-owner",
            fragment: "neither `enterprise` nor `exhibitor`"),
        MessageTrigger(
            entry: "standUnknownEnterprise(code:id:known:)", base: .sections,
            files: marketDayFile("enterprise: cafe", "enterprise: kafe"),
            expected: "content/market-day/2026.yaml:17:17: error: unknown-enterprise",
            fragment: "the stand A1 names the enterprise `kafe`"),
    ]
}

@Suite struct MarketDayMessageTests {
    /// Wrong opening hours are reported once, at the day, not again at every programme item.
    @Test func wrongOpeningHoursAreNotRepeatedAtEveryItem() throws {
        let files = SectionsFixture.files.merging(MessageTriggers.marketDayFile("\nend: \"15:00\"", "\nend: \"09:00\"")) { $1 }
        let site = try TestSite(files)
        let codes = try MessageTrigger.check(site).map(\.code.rawValue)
        #expect(codes.contains("end-before-start"))
        #expect(!codes.contains("outside-day"))
    }

    @Test func bothEnterpriseAndExhibitorIsOneMessage() throws {
        let site = try TestSite(SectionsFixture.files.merging(
            MessageTriggers.marketDayFile("    enterprise: cafe\n", "    enterprise: cafe\n    exhibitor: {name: Bageriet, website: https://bageriet.dk/}\n")) { $1 })
        let messages = try MessageTrigger.check(site).filter { $0.code == .standOwner }.map(\.message)
        #expect(messages == ["the stand has both `enterprise` and `exhibitor`; it can only have one of them"])
    }
}
