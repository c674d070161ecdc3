import Testing
@testable import TorvKit

/// The formats of the real site's languages, read from `content/i18n/*.yaml` as a build reads them.
enum RealLanguageFormats {
    static func strings(_ language: String, _ text: String? = nil) -> UIStrings? {
        var diagnostics: [Diagnostic] = []
        let path = "content/i18n/\(language).yaml"
        let file = SourceFile(path: path, text: text ?? TestSite.uiStrings[path] ?? "")
        return UIStringsLoader.load(file, language: language, diagnostics: &diagnostics)
    }

    static func format(_ language: String) -> LanguageFormat {
        var diagnostics: [Diagnostic] = []
        return strings(language).map { LanguageFormat.read($0, diagnostics: &diagnostics) } ?? .fallback(language)
    }
}

@Suite struct LanguageFormatTests {
    @Test func realDatesAndNamesComeFromTheUIStrings() throws {
        let date = try #require(LocalDate(iso: "2025-03-14"))
        #expect(RealLanguageFormats.format("da").longDate(date) == "14. marts 2025")
        #expect(RealLanguageFormats.format("en").longDate(date) == "14 March 2025")
        #expect(RealLanguageFormats.format("da").name == "Dansk")
        #expect(RealLanguageFormats.format("en").smartPunctuation)
        #expect(!RealLanguageFormats.format("da").smartPunctuation)
    }

    @Test func aNewLanguageIsOnlyData() throws {
        let german = """
            language_name: Deutsch
            date_months: Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember
            date_long: "{day}. {month} {year}"
            price_thousands_separator: "."
            price_decimal_separator: ","
            price_amount: "{amount} DKK"
            price_free: kostenlos
            price_vat_included: inkl. MwSt.
            price_vat_excluded: zzgl. MwSt.
            smart_punctuation: true

            """
        var diagnostics: [Diagnostic] = []
        let strings = try #require(RealLanguageFormats.strings("de", german))
        let format = LanguageFormat.read(strings, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(format.longDate(try #require(LocalDate(iso: "2026-12-05"))) == "5. Dezember 2026")
        #expect(format.price(Price(amountInOre: 123_456_700, vatIncluded: false), fallback: "da") == "1.234.567 DKK zzgl. MwSt.")
        #expect(format.name == "Deutsch")
    }

    @Test func wrongValuesAreDiagnosticsAtTheirLine() throws {
        let text = "date_months: a, b\nsmart_punctuation: ja\nprice_amount: kr.\n"
        var diagnostics: [Diagnostic] = []
        let format = LanguageFormat.read(try #require(RealLanguageFormats.strings("xx", text)), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.code.rawValue) == ["ui-string-format", "ui-string-format", "ui-string-format"])
        #expect(diagnostics.map { $0.location?.line ?? 0 }.sorted() == [1, 2, 3])
        #expect(diagnostics.contains { $0.message.contains("has 2 month names, not 12") })
        // The fallback stands in, so a build that stops on these errors never crashes first.
        #expect(format.months.count == 12)
    }

    @Test func patternsAreFilledInOnePass() {
        #expect(LanguageFormat.fill("{a}-{b}", ["a": "{b}", "b": "x"]) == "{b}-x")
        #expect(LanguageFormat.fill("{unknown} {a", ["a": "1"]) == "{unknown} {a")
    }

    /// The byte path fills an ASCII pattern as the character path does.
    @Test func byteFillingEqualsCharacterFilling() {
        var generator = MustacheRandomTests.RNG(state: 0xF1_11)
        let pieces = ["{", "}", "day", "month", "year", "x", ". ", "{day}", "{month}", "{{", "}}", " ", "-"]
        let values = ["day": "5", "month": "maj", "year": "2025", "x": "{day}"]
        for _ in 0..<5_000 {
            let pattern = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let lookUp: (Substring) -> String? = { values[String($0)] }
            #expect(LanguageFormat.fill(pattern, lookUp) == LanguageFormat.fillByCharacter(pattern, lookUp), "\(pattern)")
        }
    }

    @Test func urlWordsComeFromTheUIStringsAndMustBeSlugs() throws {
        let da = try #require(RealLanguageFormats.strings("da"))
        let en = try #require(RealLanguageFormats.strings("en"))
        let words = URLWords(strings: ["da": da, "en": en])
        #expect(words.word(.storiesPage, "da") == "side")
        #expect(words.word(.catalogueTargetGroup, "en") == "target-group")
        let bad = try #require(RealLanguageFormats.strings("xx", "url_stories_page: Side 2\n"))
        var diagnostics: [Diagnostic] = []
        URLWords.check(["xx": bad], diagnostics: &diagnostics)
        #expect(diagnostics.map(\.code.rawValue) == ["ui-string-format"])
        #expect(diagnostics.first?.hint?.contains("`url_stories_page: side-2`") == true)
        // A word that is not a slug is never used in an address.
        #expect(URLWords(strings: ["xx": bad]).word(.storiesPage, "xx") == "url-stories-page")
    }
}
