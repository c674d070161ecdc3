import Testing
@testable import TorvKit

// Byte-level fast paths (slugs, trimming, link paths, language codes, page keys), each checked
// against the general path it skips, on hand-picked and seeded random inputs.

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

    /// `utf8Index(of:)` (memchr) finds what `utf8.firstIndex(of:)` finds, in short (inline) and long
    /// texts, ASCII or not, and slices the same text.
    /// The readability scan's run of ASCII letters, eight bytes at a time, ends where a byte-by-byte
    /// search ends: every byte value around the letters' edges (`@`, `[`, `` ` ``, `{`, 0x80 and over).
    @Test func letterRunsEndWhereByteByByteEnds() {
        var generator = MustacheRandomTests.RNG(state: 0x1E77)
        let alphabet: [UInt8] = Array("aAzZmM@[`{ 9.-".utf8) + [0x7F, 0x80, 0xC3, 0xA6, 0xFF, 0x00, 0x40, 0x5B, 0x60, 0x7B, 0x41, 0x5A, 0x61, 0x7A]
        for _ in 0..<30_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? UInt8(ascii: "e") : alphabet.randomElement(using: &generator) ?? 0
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...buffer.count {
                    let end = Int.random(in: start...buffer.count, using: &generator)
                    var expected = start
                    while expected < end, buffer[expected] | 0x20 >= 0x61, buffer[expected] | 0x20 <= 0x7A { expected += 1 }
                    #expect(ReadabilityScan.letterRunEnd(buffer, from: start, to: end) == expected, "\(bytes) \(start)..<\(end)")
                }
            }
        }
    }

    /// Dates read on bytes are the dates read character by character, for well-formed, impossible
    /// and malformed texts (other digits, signs, spaces, CR LF, non-ASCII).
    @Test func datesReadOnBytesAsByCharacters() {
        var generator = MustacheRandomTests.RNG(state: 0xDA7E)
        let pieces = ["2026", "-", "11", "22", "02", "29", "30", "00", "13", "0", "9", "٣", "+", " ", "\r\n", "é", "2024", "1999", "-0"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(LocalDate(iso: text) == LocalDate(isoByCharacter: text), "\(text)")
        }
        for text in ["2026-11-22", "2024-02-29", "2025-02-29", "0000-01-01", "9999-12-31", "2026-1-22", "2026-11-2a"] {
            #expect(LocalDate(iso: text) == LocalDate(isoByCharacter: text), "\(text)")
        }
        #expect(LocalDate(iso: "2024-02-29") != nil && LocalDate(iso: "2025-02-29") == nil)
    }

    @Test func utf8IndexEqualsFirstIndex() {
        var generator = MustacheRandomTests.RNG(state: 0x0F_1D)
        let pieces = ["a", "#", "?", ":", "æ", "ø", "🙂", "/", "side.da.md", "https", " ", "é"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            for byte in [UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: ":")] {
                let fast = text.utf8Index(of: byte), general = text.utf8.firstIndex(of: byte)
                #expect(fast == general, "\(text)")
                if let fast, let general { #expect(String(text[..<fast]) == String(text[..<general])) }
            }
        }
    }

    @Test func validSlugsAreFoundOnBytesAsByCharacters() {
        #expect(SlugRules.isValid("maal-1-og-2"))
        #expect(!SlugRules.isValid("") && !SlugRules.isValid("-a") && !SlugRules.isValid("a-") && !SlugRules.isValid("a--b"))
        var generator = MustacheRandomTests.RNG(state: 0x51_06)
        let pieces = ["a", "z", "0", "9", "-", "--", "A", "æ", "\u{301}", " ", "_", "."]
        for _ in 0..<20_000 {
            let slug = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(SlugRules.isValid(slug) == SlugRules.isValidByCharacter(slug), "\(Array(slug.unicodeScalars))")
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

/// Trimming on bytes must give what trimming character by character gives.
@Suite struct TrimmingTests {
    @Test func bytePathEqualsTheCharacterPath() {
        var generator = MustacheRandomTests.RNG(state: 0x7217)
        let pieces = [" ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "\u{301}", "\u{1C}",
                      "a", "Z", "}", "{#", "æ", "ø", "e\u{301}", "🇩🇰", "\u{200D}", "x", "1"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(text.trimmingSpaces == text.trimmingSpacesByCharacter, "\(Array(text.unicodeScalars))")
        }
        #expect("  Mål {#maal} ".trimmingSpaces == "Mål {#maal}")
        #expect(" \u{301}a ".trimmingSpaces == " \u{301}a ".trimmingSpacesByCharacter)
    }
}

/// Fast paths of link resolution against the general code they skip.
@Suite struct LinkPathTests {
    @Test func joinEqualsTheGeneralJoin() {
        var generator = MustacheRandomTests.RNG(state: 0x10_1F)
        let pieces = ["a", "b.md", ".", "..", "...", "/", "//", "æ", ".md", "x.da.md", ".\u{301}"]
        for _ in 0..<20_000 {
            func path() -> String { (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined() }
            let (directory, relative) = (path(), path())
            #expect(LinkResolver.join(directory: directory, relative: relative) == LinkResolver.joinByParts(directory: directory, relative: relative),
                "\(directory) + \(relative)")
        }
    }

    /// A heading's `{#id}`: the byte path gives what the general path gives.
    @Test func explicitIDsSplitAsTheGeneralPathSplitsThem() {
        #expect(CmarkBridge.splitExplicitID("Vision {#vision}")! == ("Vision", "vision"))
        #expect(CmarkBridge.splitExplicitID("Mål  {# mål-1 } ")! == ("Mål", "mål-1"))
        #expect(CmarkBridge.splitExplicitID("Vision {#}") == nil)
        var generator = MustacheRandomTests.RNG(state: 0x1D_5)
        let pieces = ["{#", "}", "{", "#", " ", "a", "é", "\u{301}", "\u{600}", "\u{3000}", "\r", "\n", "id-1", "Æ"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let fast = CmarkBridge.splitExplicitID(text), general = CmarkBridge.splitExplicitIDByCharacter(text)
            #expect(fast?.0 == general?.0 && fast?.1 == general?.1, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func pageNamesSplitIntoKeyAndLanguage() {
        #expect(ContentLoader.splitPageName("strategi/index.da.md")?.0 == "strategi/index")
        #expect(ContentLoader.splitPageName("strategi/index.da.md")?.1 == "da")
        #expect(ContentLoader.splitPageName("a.b/side.en.md")?.1 == "en")
        #expect(ContentLoader.splitPageName("side.md") == nil)
        #expect(ContentLoader.splitPageName(".da.md") == nil)
        #expect(ContentLoader.splitPageName("a.x/side.md") == nil)
        #expect(ContentLoader.splitPageName("md") == nil)
    }
}

@Suite struct LanguageCodeTests {
    @Test func byteCheckEqualsTheCharacterCheck() {
        var generator = MustacheRandomTests.RNG(state: 0x1A_09)
        let pieces = ["d", "a", "e", "n", "-", "A", "T", "1", "x", "æ", "\r\n", " ", "de", "-AT", "--"]
        for _ in 0..<20_000 {
            let code = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(LanguageCode.isValid(code) == LanguageCode.isValidByCharacter(code), "\(code)")
        }
        #expect(LanguageCode.isValid("da") && LanguageCode.isValid("de-AT") && LanguageCode.isValid("sgn-DK1"))
        #expect(!LanguageCode.isValid("DA") && !LanguageCode.isValid("d") && !LanguageCode.isValid("da-") && !LanguageCode.isValid("da-toolongcode"))
    }
}

/// Character columns counted as scalars (below U+0300) are the columns counted as characters.
@Suite struct CharacterColumnTests {
    @Test func scalarCountingEqualsCharacterCounting() {
        var generator = MustacheRandomTests.RNG(state: 0xC0_1C)
        let pieces = ["a", "æ", "Ø", "é", "e\u{301}", "ß", "ǅ", "ʼ", "\u{AD}", "\u{85}", "Ω", "ж", "中", "👍🏽", "🇩🇰", " ", "-", "\u{2009}", "x\u{200D}y", "\t"]
        for _ in 0..<3_000 {
            let line = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let file = SourceFile(path: "p.md", text: "x\n" + line + "\nend")
            let bytes = Array(line.utf8)
            for column in 1...(bytes.count + 1) {
                // Only columns at a scalar's first byte are asked for (cmark gives those).
                if column <= bytes.count && bytes[column - 1] & 0xC0 == 0x80 { continue }
                let expected = String(decoding: bytes[..<(column - 1)], as: UTF8.self).count + 1
                #expect(file.characterColumn(line: 2, byteColumn: column) == expected, "\(line.debugDescription) \(column)")
            }
        }
    }
}

@Suite struct PageKeyTests {
    @Test func byteNormalisingEqualsTheCharacterPath() {
        var generator = MustacheRandomTests.RNG(state: 0x9A_6E)
        let pieces = ["/", "strategi", "index", ".da", ".md", ".", "..", ".en", ".de-AT", ".x", " ", "mål", "a", ".DA", "\t", "/."]
        for _ in 0..<20_000 {
            let reference = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(PageKey.normalise(reference) == PageKey.normaliseByCharacter(reference), "\(reference)")
        }
        #expect(PageKey.normalise("/strategi/") == "strategi/index")
        #expect(PageKey.normalise("strategi/index.da.md") == "strategi/index")
        #expect(PageKey.normalise("") == "index")
    }

    /// A link's file gives its key and language in one pass, as the two functions it stands for do.
    @Test func keyAndLanguageEqualNormaliseAndSplitPageName() {
        var generator = MustacheRandomTests.RNG(state: 0x4B_1A)
        let pieces = ["/", "strategi", "index", ".da", ".md", ".", "..", ".en", ".de-AT", ".x", " ", "mål", "a", ".DA", "\t", "/.", "-"]
        var fast = 0
        for _ in 0..<20_000 {
            let path = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                + (Bool.random(using: &generator) ? ".md" : "")
            let found = PageKey.keyAndLanguage(ofFile: path)
            if PageKey.keyAndLanguageASCII(path) != nil { fast += 1 }
            #expect(found.key == PageKey.normalise(path), "\(path)")
            #expect(found.language == ContentLoader.splitPageName(path)?.1, "\(path)")
        }
        #expect(fast > 2_000, "the fast path took only \(fast)")
        #expect(PageKey.keyAndLanguage(ofFile: "../a/side-1.da.md") == ("../a/side-1", "da"))
    }
}

@Suite struct NoncharacterTests {
    /// The arithmetic rule is Unicode's own property, for every code point.
    @Test func everyScalarIsJudgedAsUnicodeDoes() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let control = value < 0x20 ? (scalar != "\t" && scalar != "\n" && scalar != "\r") : (0x7F...0x9F).contains(value)
            if YAMLMapping.isUnusable(scalar) != (control || scalar.properties.isNoncharacterCodePoint) {
                Issue.record("U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func bytesAreFoundWhereTheyAre() {
        let text = Array("ab] (x] (y.md".utf8)
        text.withUnsafeBufferPointer { buffer in
            #expect(Bytes.find(Array("] (".utf8), in: buffer) == 2)
            #expect(Bytes.find(Array(".md".utf8), in: buffer) == 10)
            #expect(Bytes.find(Array("md".utf8), in: buffer) == 11)
            #expect(Bytes.find(Array("zz".utf8), in: buffer) == nil)
            #expect(Bytes.find(Array("ab] (x] (y.md!".utf8), in: buffer) == nil)
            #expect(Bytes.find(Array("ab] (x] (y.md".utf8), in: buffer) == 0)
        }
    }
}

/// The link placeholders found from their `:` are those a scan of every position finds.
@Suite struct PlaceholderTests {
    /// Every `="torv-link:N"` with N below `count`, in order, none overlapping the one before.
    static func naive(_ html: [UInt8], count: Int) -> [[Int]] {
        let marker = Array("=\"torv-link:".utf8)
        var cuts: [[Int]] = []
        var i = 0
        while i + marker.count <= html.count {
            guard html[i..<(i + marker.count)].elementsEqual(marker) else { i += 1; continue }
            var j = i + marker.count, number = 0, digits = 0
            while j < html.count, (48...57).contains(html[j]), digits < 9 {
                number = number * 10 + Int(html[j] - 48)
                j += 1
                digits += 1
            }
            if digits > 0, j < html.count, html[j] == UInt8(ascii: "\""), number < count {
                cuts.append([i, j + 1, number])
                i = j + 1
            } else {
                i += 1
            }
        }
        return cuts
    }

    @Test func placeholdersFoundFromTheirColonAreAllOfThem() {
        var generator = MustacheRandomTests.RNG(state: 0x7_0C)
        let pieces = ["=\"torv-link:", "0", "1", "12", "\"", ":", "=", "torv-link", "<a href", " ", "x", "https://", "=\"torv-link:3\"", "9999999999"]
        for _ in 0..<5_000 {
            let html = Array((0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined().utf8)
            let count = Int.random(in: 0...20, using: &generator)
            let found = html.withUnsafeBufferPointer { LinkSubstitution.placeholders(in: $0, count: count) }.map { [$0.start, $0.end, $0.number] }
            #expect(found == Self.naive(html, count: count), "\(String(decoding: html, as: UTF8.self))")
        }
    }
}
