import Foundation
import Testing
@testable import TorvKit

/// Drafts and dates: a draft, a story scheduled for tomorrow and a page withdrawn yesterday, plus an
/// enterprise, a product and a market day outside their dates, built with `--today` 2026-11-22.
enum ScheduleFixture {
    static let today = "2026-11-22"

    static var files: [String: String] {
        var files = SectionsFixture.files
        files["content/stories/kladde.da.md"] = story(title: "Kladdehistorien", extra: "draft: true")
        files["content/stories/imorgen.da.md"] = story(title: "Morgendagens historie", extra: "publish_on: 2026-11-23")
        files["content/stories/imorgen.en.md"] = story(title: "Tomorrow's story", extra: "publish_on: 2026-11-23")
        files["content/strategi/udloebet.da.md"] = "---\ntitle: Udløbet side\nsummary: S.\nunpublish_on: 2026-11-21\n---\n\nGammel.\n"
        files["content/strategi/aktuel.da.md"] = "---\ntitle: Aktuel side\nsummary: S.\npublish_on: 2026-11-01\nunpublish_on: 2027-01-31\n---\n\nNy.\n"
        files["content/catalogue/rent.yaml"] = CatalogueFixture.enterprise(
            id: "rent", name: "Rent & Co", cvr: "99108061", products: CatalogueFixture.cleanProducts, extra: "publish_on: 2026-12-01\n")
        files["content/catalogue/cafe.yaml"] = CatalogueFixture.enterprise(
            id: "cafe", name: "Café Ø", cvr: "DK 9906 0816",
            products: CatalogueFixture.cafeProducts.replacingOccurrences(of: "    kind: product\n", with: "    kind: product\n    draft: true\n"))
        files["content/market-day/2027.yaml"] = SectionsFixture.marketDay
            .replacingOccurrences(of: "2026", with: "2027") + "draft: true\n"
        return files
    }

    static func story(title: String, extra: String) -> String {
        "---\ntitle: \(title)\nsummary: S.\nlead: L.\ndate: 2026-11-20\nthemes: [youth]\nsample: true\nconsent: {date: 2026-09-30, scope: Website}\n\(extra)\n---\n\nTekst.\n"
    }
}

@Suite struct ScheduleTests {
    func build(_ files: [String: String], today: String = ScheduleFixture.today, drafts: Bool = false) throws -> (TestSite, SiteBuilder.Result) {
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: today)
        options.includeDrafts = drafts
        return (site, SiteBuilder.run(options, write: true))
    }

    @Test func nothingUnpublishedReachesPagesFeedsSitemapOrOpenData() throws {
        let (site, result) = try build(ScheduleFixture.files)
        #expect(result.succeeded, "\(site.lines(result))")
        let files = Set(site.outputSnapshot().keys)
        // Pages: the current page is there; the draft, tomorrow's story and yesterday's page are not.
        #expect(files.contains("strategi/aktuel/index.html"))
        #expect(files.contains("historier/cafe/index.html"))
        for path in ["historier/kladde/index.html", "historier/imorgen/index.html", "en/stories/imorgen/index.html",
                     "strategi/udloebet/index.html", "katalog/rent/index.html", "en/catalogue/rent/index.html",
                     "markedsdag/2027/index.html", "markedsdag/2027/markedsdag-2027.ics"] {
            #expect(!files.contains(path), "\(path) must not be published on \(ScheduleFixture.today)")
        }
        let everything = site.outputSnapshot().values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        for text in ["Kladdehistorien", "Morgendagens historie", "Tomorrow's story", "Udløbet side", "Rent &amp; Co", "Rent & Co",
                     "Vinduespudsning", "Window cleaning", "Markedsdag 2027", "99108061", "/kladde/", "/imorgen/", "/udloebet/"] {
            #expect(!everything.contains(text), "`\(text)` leaked into the output")
        }
        // The feeds, sitemap, open data and the catalogue pages by name.
        #expect(site.read("historier/feed.xml").contains("<title>Historien</title>"))
        #expect(!site.read("historier/feed.xml").contains("Morgendagens"))
        #expect(site.read("sitemap.xml").contains("/strategi/aktuel/"))
        #expect(!site.read("sitemap.xml").contains("/katalog/rent/"))
        let json = site.read("catalogue.json")
        #expect(json.contains("\"frokost\"") && !json.contains("\"kage\"") && !json.contains("\"rent\""))
        #expect(!site.read("catalogue.csv").contains("kage,") && site.read("catalogue.csv").contains("frokost"))
        #expect(site.read("markedsdag/index.html").contains("Markedsdag 2026"))
    }

    @Test func onTheDateTheScheduledItemsAppearAndTheExpiredOnesGo() throws {
        let (site, result) = try build(ScheduleFixture.files, today: "2026-12-01")
        #expect(result.succeeded, "\(site.lines(result))")
        let files = Set(site.outputSnapshot().keys)
        #expect(files.contains("historier/imorgen/index.html") && files.contains("katalog/rent/index.html"))
        #expect(site.read("historier/feed.xml").contains("Morgendagens historie"))
        #expect(site.read("sitemap.xml").contains("/katalog/rent/"))
        #expect(!files.contains("historier/kladde/index.html"), "a draft is never published by a date")
        let (later, laterResult) = try build(ScheduleFixture.files, today: "2027-01-31")
        #expect(laterResult.succeeded)
        #expect(!Set(later.outputSnapshot().keys).contains("strategi/aktuel/index.html"), "unpublish_on is the first day it is gone")
    }

    @Test func aLinkFromAPublishedPageToAScheduledOneIsAnErrorWithTheDate() throws {
        var files = ScheduleFixture.files
        files["content/strategi/handlinger.da.md"] = "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\nSe [historien](../stories/imorgen.da.md).\n"
        let (site, result) = try build(files)
        #expect(!result.succeeded)
        #expect(site.lines(result).contains("content/strategi/handlinger.da.md:6:4: error: link-to-unpublished"), "\(site.lines(result))")
        let message = try #require(result.diagnostics.first { $0.code == .linkToUnpublished }).message
        #expect(message.contains("not published until 2026-11-23"))
        // From the publishing date on, the same link is fine.
        #expect(try build(files, today: "2026-11-23").1.succeeded)
    }

    @Test func serveWithDraftsShowsThemAll() throws {
        let site = try TestSite(ScheduleFixture.files)
        var options = site.options
        options.today = LocalDate(iso: ScheduleFixture.today)
        options.includeDrafts = true
        let output = SiteRenderer.render(options)
        let paths = Set(output.files?.map(\.path) ?? [])
        #expect(paths.contains("historier/kladde/index.html") && paths.contains("katalog/rent/index.html"))
        let banner = try #require(output.draftBanner)
        let page = banner.insert(into: Array("<html><body class=\"x\"><main></main></body></html>".utf8), path: "en/stories/")
        let html = String(decoding: page, as: UTF8.self)
        #expect(html.hasPrefix("<html><body class=\"x\"><div class=\"torv-drafts\" role=\"note\" lang=\"en\""))
        // A plain build never has the banner.
        #expect(SiteRenderer.render(site.options).draftBanner == nil)
    }

    @Test func theNextChangeIsTheEarliestDateRuleWithItsReason() throws {
        let (_, result) = try build(ScheduleFixture.files)
        #expect(result.nextChange == NextChange(
            date: try #require(LocalDate(iso: "2026-11-23")),
            reasons: ["content/stories/imorgen.da.md is published", "content/stories/imorgen.en.md is published"]))
        // Then the enterprise, the market day passing, nominations closing; a draft never counts.
        let expected = [
            ("2026-11-23", "2026-12-01", "enterprise `rent` is published"),
            ("2026-12-01", "2026-12-06", "market day 2026 has passed"),
            ("2026-12-10", "2026-12-16", "nominations close"),
            ("2026-12-16", "2027-01-31", "content/strategi/aktuel.da.md is withdrawn"),
            ("2027-02-01", "2027-06-02", "the review of enterprise `cafe` falls due; the review of enterprise `rent` falls due"),
        ]
        for (today, date, reason) in expected {
            let site = try TestSite(ScheduleFixture.files)
            var options = site.options
            options.today = LocalDate(iso: today)
            let next = try #require(SiteRenderer.render(options).nextChange, "on \(today)")
            #expect("\(next.date)" == date && next.reason == reason, "on \(today): \(next.date) \(next.reason)")
        }
        // `torv build --format json` carries it as a field.
        let json = DiagnosticFormat.buildJSON([], nextChange: result.nextChange)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let next = try #require(object["next_change"] as? [String: Any])
        #expect(next["date"] as? String == "2026-11-23")
        #expect((next["reason"] as? String)?.hasPrefix("content/stories/imorgen.da.md is published") == true)
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
    }
}
