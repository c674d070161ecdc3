import Foundation
import Testing
@testable import TorvKit

/// Two sites that are not Danish-first-with-English: German at `/` with Danish under `/da/`, and Danish
/// alone. They prove that languages are data: both build without errors, pass the project's own
/// site checker (.ci/check_site.py), and have the addresses, `lang` and `hreflang` their site.yaml says.
enum LanguageFixtures {
    static func siteYAML(languages: [String], titles: [String: String]) -> String {
        func map(_ values: [String: String]) -> String {
            "{" + languages.map { "\($0): \(values[$0] ?? "")" }.joined(separator: ", ") + "}"
        }
        return """
            base_url: https://example.org/
            languages: [\(languages.joined(separator: ", "))]
            title: \(map(titles))
            authority:
              name: \(map(["de": "Probegemeinde", "da": "Prøve Kommune"]))
              address: Torvet 1, 9999 Prøveby
              email: kontakt@example.org
            privacy_policy: \(map(["de": "https://example.org/datenschutz", "da": "https://example.org/privatliv"]))
            accessibility_statement: https://was.digst.dk/example-org
            navigation:
              - strategi/index

            """
    }

    /// German interface texts: the English file's keys, with German formats, URL words and a few texts.
    static var germanStrings: String {
        let german: [String: String] = [
            "skip_to_content": "Zum Inhalt springen", "main_menu": "Hauptmenü", "home": "Startseite",
            "language_switcher": "Sprache", "not_translated": "diese Seite gibt es nicht auf Deutsch",
            "accessibility_statement": "Erklärung zur Barrierefreiheit",
            "accessibility_statement_link": "Zur Erklärung zur Barrierefreiheit",
            "language_name": "Deutsch",
            "date_months": "Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember",
            "date_long": "\"{day}. {month} {year}\"", "price_thousands_separator": "\".\"", "price_decimal_separator": "\",\"",
            "price_amount": "\"{amount} DKK\"", "price_free": "kostenlos", "price_vat_included": "inkl. MwSt.",
            "price_vat_excluded": "zzgl. MwSt.", "smart_punctuation": "true",
            "url_catalogue_category": "kategorie", "url_catalogue_target_group": "zielgruppe", "url_catalogue_sells_to": "verkauft-an",
            "url_catalogue_print": "druck", "url_stories_page": "seite", "url_stories_theme": "thema",
            "url_prize_nominate": "nominierung", "url_prize_winners": "gewinner", "url_market_day_calendar": "markttag",
        ]
        let english = TestSite.uiStrings["content/i18n/en.yaml"] ?? ""
        return english.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix("#") else { return String(line) }
            let key = String(line[..<colon])
            return german[key].map { "\(key): \($0)" } ?? String(line)
        }.joined(separator: "\n")
    }

    static func page(_ title: String, _ summary: String, layout: String? = nil, body: String) -> String {
        "---\ntitle: \(title)\nsummary: \(summary)\n" + (layout.map { "layout: \($0)\n" } ?? "") + "date: 2026-03-14\n---\n\n\(body)\n"
    }

    /// German first (at `/`), Danish under `/da/`.
    static var germanDanish: [String: String] {
        [
            "content/site.yaml": siteYAML(languages: ["de", "da"], titles: ["de": "Probeseite", "da": "Prøvesite"]),
            "content/i18n/de.yaml": germanStrings,
            "content/index.de.md": page("Startseite", "Willkommen auf der Probeseite.", layout: "home",
                body: "Lesen Sie [die Strategie](strategi/index.de.md)."),
            "content/index.da.md": page("Forside", "Velkommen til prøvesitet.", layout: "home",
                body: "Læs [strategien](strategi/index.da.md)."),
            "content/strategi/index.de.md": "---\ntitle: Strategie\nsummary: Die Strategie der Gemeinde.\nslug: strategie\ndate: 2026-03-14\n---\n\n## Vision\n\n\"Gemeinsam\" -- mit allen.\n",
            "content/strategi/index.da.md": "---\ntitle: Strategi\nsummary: Kommunens strategi.\nslug: strategi\ndate: 2026-03-14\n---\n\n## Vision\n\n\"Sammen\" -- med alle.\n",
        ]
    }

    /// Danish alone.
    static var danishOnly: [String: String] {
        [
            "content/site.yaml": siteYAML(languages: ["da"], titles: ["da": "Prøvesite"]),
            "content/index.da.md": page("Forside", "Velkommen til prøvesitet.", layout: "home",
                body: "Læs [strategien](strategi/index.da.md) og [handlingerne](strategi/handlinger.da.md)."),
            "content/strategi/index.da.md": page("Strategi", "Kommunens strategi.", body: "## Vision\n\nTekst."),
            "content/strategi/handlinger.da.md": page("Handlinger", "Det, vi gør.", body: "Se [strategien](index.da.md#vision)."),
        ]
    }

    /// Builds `files` (with the project's templates) into the fixture's `site/`; the English (and for
    /// the Danish-only site, every other) interface file is removed, so only the site's languages exist.
    static func build(_ files: [String: String], languages: [String]) throws -> (TestSite, SiteBuilder.Result) {
        let site = try TestSite(files)
        for language in ["da", "en"] where !languages.contains(language) { try site.remove("content/i18n/\(language).yaml") }
        return (site, site.build())
    }

    /// Runs .ci/check_site.py on the built site; nil when python3 is not installed.
    static func runSiteChecker(_ site: TestSite) throws -> (status: Int32, output: String)? {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { return nil }
        let checker = TestSite.repository.appendingPathComponent(".ci/check_site.py").path
        return try ProgramRun.run(URL(fileURLWithPath: python), [checker, site.root.appendingPathComponent("site").path], withErrors: true)
    }

    static func checkSite(_ site: TestSite) throws {
        guard let (status, output) = try runSiteChecker(site) else {
            print("LanguageFixtureTests: python3 is not installed, so .ci/check_site.py was not run")
            return
        }
        #expect(status == 0, "check_site.py failed:\n\(output)")
    }
}

@Suite struct LanguageFixtureTests {
    @Test func germanFirstWithDanish() throws {
        let (site, result) = try LanguageFixtures.build(LanguageFixtures.germanDanish, languages: ["de", "da"])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(site.lines(result))")
        let files = Set(site.outputSnapshot().keys)
        // German at `/`, Danish under `/da/`, nothing English.
        for path in ["index.html", "strategie/index.html", "da/index.html", "da/strategi/index.html", "404.html", "da/404.html", "was/index.html"] {
            #expect(files.contains(path), "missing \(path)")
        }
        #expect(!files.contains { $0.hasPrefix("en/") }, "English pages in a German/Danish site")

        let home = site.read("index.html"), danishHome = site.read("da/index.html")
        #expect(home.contains("<html lang=\"de\">"))
        #expect(danishHome.contains("<html lang=\"da\">"))
        for page in [home, danishHome] {
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"https://example.org/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"da\" href=\"https://example.org/da/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/\">"))
        }
        let strategy = site.read("strategie/index.html")
        #expect(strategy.contains("<link rel=\"alternate\" hreflang=\"da\" href=\"https://example.org/da/strategi/\">"))
        // The language switcher names each language in itself; dates, quotes and /was/ follow the i18n files.
        #expect(home.contains(">Dansk</a>"))
        #expect(danishHome.contains(">Deutsch</a>"))
        #expect(strategy.contains("14. März 2026"), "German long date")
        #expect(site.read("da/strategi/index.html").contains("14. marts 2026"), "Danish long date")
        #expect(strategy.contains("“Gemeinsam” – mit allen"), "smart punctuation on for German")
        #expect(site.read("da/strategi/index.html").contains("&quot;Sammen&quot; -- med alle"), "smart punctuation off for Danish")
        let was = site.read("was/index.html")
        #expect(was.contains("<html lang=\"de\">"))
        #expect(was.contains("<p lang=\"da\"><a href=\"https://was.digst.dk/example-org\">Gå til tilgængelighedserklæringen</a></p>"))
        #expect(was.contains("<h1>Erklärung zur Barrierefreiheit</h1>"))
        #expect(site.read("404.html").contains("<html lang=\"de\">"))
        #expect(site.read("da/404.html").contains("<html lang=\"da\">"))
        try LanguageFixtures.checkSite(site)
    }

    @Test func danishAlone() throws {
        let (site, result) = try LanguageFixtures.build(LanguageFixtures.danishOnly, languages: ["da"])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(site.lines(result))")
        let files = Set(site.outputSnapshot().keys)
        for path in ["index.html", "strategi/index.html", "strategi/handlinger/index.html", "404.html", "was/index.html"] {
            #expect(files.contains(path), "missing \(path)")
        }
        #expect(!files.contains { $0.hasPrefix("en/") || $0.hasPrefix("da/") }, "a language folder in a one-language site")
        for path in ["index.html", "strategi/index.html", "404.html", "was/index.html"] {
            #expect(site.read(path).contains("<html lang=\"da\">"), "\(path) lang")
        }
        let home = site.read("index.html")
        // One language: its own alternate and x-default, no other hreflang.
        #expect(home.contains("<link rel=\"alternate\" hreflang=\"da\" href=\"https://example.org/\">"))
        #expect(!home.contains("hreflang=\"en\""))
        #expect(!site.read("was/index.html").contains("lang=\"en\""))
        try LanguageFixtures.checkSite(site)
    }
}
