import Testing
@testable import TorvKit

/// Slugs from headings and names: the Latin-1 table path must give what the general path gives.
@Suite struct SlugRulesTests {
    @Test func danishAndGermanLettersAreSpeltOut() {
        #expect(SlugRules.suggest(from: "Målgrupper & mål") == "maalgrupper-maal")
        #expect(SlugRules.suggest(from: "ÆRØ Øst") == "aeroe-oest")
        #expect(SlugRules.suggest(from: "Café Straße über") == "cafe-strasse-ueber")
        #expect(SlugRules.suggest(from: "  ¿¡ ") == SlugRules.placeholder)
        #expect(SlugRules.suggest(from: "Ελλάδα og Ærø") == "og-aeroe")
    }

    @Test func latin1PathEqualsTheGeneralPathForEveryLatin1Character() throws {
        for value in 0x00...0xFF {
            let scalar = try #require(Unicode.Scalar(UInt32(value)))
            for text in ["\(scalar)", "a\(scalar)b", "\(scalar)\(scalar) 9", "X \(scalar)-Y"] {
                #expect(SlugRules.suggestFromLatin1(text) == SlugRules.suggestFromAnyText(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func latin1PathEqualsTheGeneralPathOnRandomTexts() {
        var generator = MustacheRandomTests.RNG(state: 0x5106)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let scalars = (0..<length).compactMap { _ -> Unicode.Scalar? in
                let pick = Int.random(in: 0..<4, using: &generator)
                let value = pick == 0 ? UInt32.random(in: 0x80...0xFF, using: &generator)
                    : pick == 1 ? UInt32(Array(" -&\r\n.,".unicodeScalars).randomElement(using: &generator)?.value ?? 32)
                    : UInt32.random(in: 0x20...0x7E, using: &generator)
                return Unicode.Scalar(value)
            }
            let text = String(String.UnicodeScalarView(scalars))
            #expect(SlugRules.suggestFromLatin1(text) == SlugRules.suggestFromAnyText(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func textBeyondLatin1TakesTheGeneralPath() {
        #expect(SlugRules.suggestFromLatin1("e\u{301}") == nil)
        #expect(SlugRules.suggest(from: "Cafe\u{301} ŁÓDŹ") == SlugRules.suggestFromAnyText("Cafe\u{301} ŁÓDŹ"))
    }
}
