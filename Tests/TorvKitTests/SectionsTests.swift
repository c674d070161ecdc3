import Foundation
import Testing
@testable import TorvKit

enum SectionsFixture {
    static let prize = """
        name: {da: Prisen, en: The prize}
        purpose: {da: Formål., en: Purpose.}
        eligible: {da: Virksomheder., en: Companies.}
        nominate:
          who: {da: Alle., en: Anyone.}
          how: {da: Skriv., en: Write.}
          email: pris@example.dk
        criteria:
          - number: 1
            title: {da: Ansvar, en: Responsibility}
            description: {da: Tager ansvar., en: Takes responsibility.}
            mandatory: true
          - number: 2
            title: {da: Job, en: Jobs}
            description: {da: Skaber job., en: Creates jobs.}
        nomination_opens: 2026-09-01
        nomination_deadline: 2026-12-15
        winners:
          - year: 2025
            name: Café Ø
            enterprise: cafe
            citation: {da: Godt gået., en: Well done.}

        """

    static let marketDay = """
        name: {da: Markedsdag 2026, en: Market day 2026}
        summary: {da: Kom og vær med., en: Join us.}
        date: 2026-12-05
        start: "10:00"
        end: "15:00"
        status: scheduled
        venue: {name: Posthuset, street: Jernbanegade 7, postcode: "6000", town: Kolding}
        organiser: {name: {da: Kommunen, en: The municipality}, email: m@example.dk}
        programme:
          - start: "10:00"
            end: "10:30"
            title: {da: "Velkommen; kaffe, kage og en meget lang titel med æøå som skal foldes pænt i kalenderen", en: Welcome}
            type: talk
            language: da
        stands:
          - code: A1
            enterprise: cafe
            shows: {da: Kage., en: Cake.}

        """

    static func story(_ language: String, themes: String = "[youth]", enterprise: String = "cafe") -> String {
        """
        ---
        title: \(language == "da" ? "Historien" : "The story")
        summary: S.
        lead: L.
        date: 2026-10-14
        themes: \(themes)
        enterprise: \(enterprise)
        sample: true
        consent: {date: 2026-09-30, scope: Website}
        ---

        Tekst.

        """
    }

    static var files: [String: String] {
        var files = CatalogueFixture.files
        files["content/prize/prize.yaml"] = prize
        files["content/pris/index.da.md"] = "---\ntitle: Prisen\nsummary: S.\nlayout: prize\n---\n"
        files["content/pris/index.en.md"] = "---\ntitle: The prize\nslug: prize\nsummary: S.\nlayout: prize\n---\n"
        files["content/market-day/2026.yaml"] = marketDay
        files["content/markedsdag/index.da.md"] = "---\ntitle: Markedsdag\nsummary: S.\nlayout: market-day\n---\n"
        files["content/markedsdag/index.en.md"] = "---\ntitle: Market day\nslug: market-day\nsummary: S.\nlayout: market-day\n---\n"
        files["content/stories/themes.yaml"] = "youth: {da: Unge, en: Young people}\nretention: {da: Fastholdelse, en: Retention}\n"
        files["content/stories/index.da.md"] = "---\ntitle: Historier\nslug: historier\nsummary: S.\nlayout: stories\n---\n"
        files["content/stories/index.en.md"] = "---\ntitle: Stories\nslug: stories\nsummary: S.\nlayout: stories\n---\n"
        files["content/stories/cafe.da.md"] = story("da")
        files["content/stories/cafe.en.md"] = story("en")
        return files
    }
}

@Suite struct SectionsTests {
    func build(_ files: [String: String], today: String = "2026-11-22") throws -> (TestSite, SiteBuilder.Result) {
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: today)
        return (site, SiteBuilder.run(options, write: true))
    }

    @Test func buildsPrizeMarketDayAndStoriesLinkedTogether() throws {
        let (site, result) = try build(SectionsFixture.files)
        #expect(result.succeeded, "\(site.lines(result))")
        let prize = site.read("pris/index.html")
        #expect(prize.contains("Der er åbent for nomineringer til og med 15. december 2026."))
        #expect(site.read("pris/nominering/index.html").contains("mailto:pris@example.dk"))
        #expect(site.read("en/prize/winners/index.html").contains("<a href=\"/en/catalogue/cafe/\">Café Ø</a>"))
        let market = site.read("markedsdag/index.html")
        #expect(market.contains("<caption id=\"program-caption\">Programmet for Markedsdag 2026</caption>"))
        #expect(market.contains("<th scope=\"col\">Tid</th>"))
        #expect(market.contains("href=\"/markedsdag/2026/markedsdag-2026.ics\""))
        #expect(market.contains("\"startDate\":\"2026-12-05T10:00:00+01:00\""))
        let story = site.read("historier/cafe/index.html")
        #expect(story.contains("<a href=\"/katalog/cafe/\">Café Ø</a>"))
        #expect(story.contains("<a href=\"/historier/tema/youth/\">Unge</a>"))
        #expect(!story.contains("2026-09-30"), "consent is never rendered")
        // The enterprise page shows its story and its stand; the home page the three highlights.
        let enterprise = site.read("katalog/cafe/index.html")
        #expect(enterprise.contains("<a href=\"/historier/cafe/\">Historien</a>"))
        #expect(enterprise.contains("Stand A1"))
        let home = site.read("index.html")
        #expect(home.contains("Markedsdag 2026") && home.contains("Der er åbent for nomineringer") && home.contains("/historier/cafe/"))
        // Feeds, calendars, sitemap, robots.
        #expect(site.read("historier/feed.xml").contains("<title>Historien</title>"))
        let ics = site.read("en/market-day/2026/market-day-2026.ics")
        #expect(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen"))
        #expect(ics.contains("DTSTART;TZID=Europe/Copenhagen:20261205T100000"))
        #expect(site.read("sitemap.xml").contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.dk/en/market-day/2026/\"/>"))
        #expect(site.read("robots.txt").contains("Sitemap: https://example.dk/sitemap.xml"))
    }

    @Test func nominationStatusFollowsTheBuildDate() throws {
        #expect(try build(SectionsFixture.files, today: "2026-08-01").0.read("pris/index.html").contains("Nomineringen åbner 1. september 2026."))
        #expect(try build(SectionsFixture.files, today: "2027-01-01").0.read("en/prize/index.html").contains("Nominations closed on 15 December 2026."))
    }

    @Test func brokenReferencesAreDiagnosticsWithPositions() throws {
        var files = SectionsFixture.files
        files["content/market-day/2026.yaml"] = SectionsFixture.marketDay.replacingOccurrences(of: "enterprise: cafe", with: "enterprise: kafe")
        files["content/stories/cafe.da.md"] = SectionsFixture.story("da", themes: "[youth, yuoth]")
        files["content/prize/prize.yaml"] = SectionsFixture.prize
            .replacingOccurrences(of: "- number: 2", with: "- number: 3")
            .replacingOccurrences(of: "nomination_deadline: 2026-12-15", with: "nomination_deadline: 2026-08-15")
            .replacingOccurrences(of: "enterprise: cafe", with: "enterprise: cafee")
        let (site, result) = try build(files)
        #expect(!result.succeeded)
        #expect(site.lines(result).filter { $0.contains("error") } == [
            "content/market-day/2026.yaml:17:17: error: unknown-enterprise",
            "content/prize/prize.yaml:13:5: error: criteria-numbering",
            "content/prize/prize.yaml:17:22: error: deadline-before-opening",
            "content/prize/prize.yaml:21:17: error: unknown-enterprise",
            "content/stories/cafe.da.md:6:17: error: unknown-theme",
        ])
        #expect(result.diagnostics.first { $0.code == .unknownTheme }?.hint?.hasPrefix("did you mean 'youth'?") == true)
    }
}

extension SectionsTests {
    @Test func aBrokenEnterpriseIsReportedOnceNotAtEveryReference() throws {
        var files = SectionsFixture.files
        files["content/catalogue/cafe.yaml"] = files["content/catalogue/cafe.yaml"]?.replacingOccurrences(of: "DK 9906 0816", with: "DK 9906 0817")
        let (site, result) = try build(files)
        #expect(site.lines(result).filter { $0.contains("error") } == ["content/catalogue/cafe.yaml:4:6: error: cvr-checksum"])
    }
}

@Suite struct CalendarTests {
    @Test func foldsAt75OctetsWithoutSplittingCharacters() {
        let line = "SUMMARY:" + String(repeating: "æøå", count: 40)
        let folded = ICalendar.fold(line)
        for part in folded.components(separatedBy: "\r\n") {
            #expect(part.utf8.count <= 75)
            #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func escapesText() {
        #expect(ICalendar.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
    }

    @Test func copenhagenOffsets() {
        let t = LocalTime("10:00")!
        #expect(CopenhagenTime.iso8601(LocalDate(iso: "2026-12-05")!, t) == "2026-12-05T10:00:00+01:00")
        #expect(CopenhagenTime.iso8601(LocalDate(iso: "2026-05-30")!, t) == "2026-05-30T10:00:00+02:00")
        // 2026: summer time from 29 March to 25 October.
        #expect(CopenhagenTime.offset(LocalDate(iso: "2026-03-28")!, t) == 1)
        #expect(CopenhagenTime.offset(LocalDate(iso: "2026-03-29")!, t) == 2)
        #expect(CopenhagenTime.offset(LocalDate(iso: "2026-10-25")!, t) == 1)
        #expect(CopenhagenTime.offset(LocalDate(iso: "2026-10-24")!, t) == 2)
    }
}
