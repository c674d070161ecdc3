import Foundation
import Testing

/// The engine knows no language: language codes, the words in addresses, month names, price words and
/// the output folder come from `content/` (site.yaml, i18n files) and the command line, never from
/// string literals in `Sources/TorvKit` (the message catalogue in `Sources/TorvKit/Messages/` excepted:
/// it is the one place for words).
@Suite struct LanguageLiteralTests {
    /// Language codes a site might use (two-letter words that are also English, like `no`, `is`, `it`, are left out).
    static let codes: Set<String> = ["da", "en", "de", "sv", "nb", "nn", "fi", "fr", "es", "nl", "pl", "kl", "fo"]
    /// Words in addresses (today's Danish and the English that are not also data keys or layouts).
    static let urlWords: Set<String> = [
        "kategori", "maalgruppe", "saelger-til", "side", "tema", "nominering", "vindere", "markedsdag", "forside",
        "target-group", "sells-to", "theme",
    ]
    /// Words of formats: months, prices, language names.
    static let formatWords: Set<String> = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
        "January", "February", "March", "May", "June", "July", "October", "December",
        "kr.", "moms", "VAT", "Gratis", "Free", "Dansk", "Danish", "English", "Deutsch", "German",
    ]

    /// Every string literal's text with its line, comments left out; a multi-line literal gives each line.
    static func literals(in source: String) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        var inMultiline = false
        let quoted = try? Regex(#""((?:[^"\\]|\\.)*)""#)
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.contains("\"\"\"") {
                let count = trimmed.components(separatedBy: "\"\"\"").count - 1
                if count % 2 == 1 { inMultiline.toggle() }
                if inMultiline { continue }
            }
            if inMultiline {
                result.append((index + 1, line))
                continue
            }
            if trimmed.hasPrefix("//") { continue }
            guard let quoted else { continue }
            for match in line.matches(of: quoted) {
                if let text = match.output[1].substring { result.append((index + 1, String(text))) }
            }
        }
        return result
    }

    static func isLanguageLiteral(_ text: String) -> Bool {
        if codes.contains(text) || urlWords.contains(text) { return true }
        if let slash = text.firstIndex(of: "/"), codes.contains(String(text[..<slash])) { return true }
        if text.hasPrefix("site/") { return true }
        let words = text.split { !($0.isLetter || $0 == "." || $0 == "-" || $0 == "_") }.map(String.init)
        return words.contains { formatWords.contains($0) || urlWords.contains($0) }
    }

    @Test func theEngineNamesNoLanguage() throws {
        let sources = TestSite.repository.appendingPathComponent("Sources/TorvKit")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var hits: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".swift") && !path.hasPrefix("Messages/") {
            let source = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for (line, text) in Self.literals(in: source) where Self.isLanguageLiteral(text) {
                hits.append("Sources/TorvKit/\(path):\(line): \"\(text.trimmingCharacters(in: .whitespaces))\"")
            }
        }
        #expect(hits.isEmpty, "language literals in the engine (take them from content/i18n or site.yaml):\n\(hits.sorted().joined(separator: "\n"))")
    }

    @Test func theScanFindsWhatItLooksFor() {
        #expect(Self.isLanguageLiteral("da"))
        #expect(Self.isLanguageLiteral("en/404.html"))
        #expect(Self.isLanguageLiteral("site/"))
        #expect(Self.isLanguageLiteral("tema"))
        #expect(Self.isLanguageLiteral("14. marts"))
        #expect(!Self.isLanguageLiteral("index.html"))
        #expect(!Self.isLanguageLiteral("page"))
        #expect(!Self.isLanguageLiteral("url_stories_theme"))
        let source = "let a = \"x\" // \"da\"\n// \"en\"\nlet b = \"\"\"\n    Gratis\n    \"\"\"\n"
        #expect(Self.literals(in: source).map(\.text).contains("    Gratis"))
        #expect(!Self.literals(in: source).map(\.text).contains("en"))
    }
}
