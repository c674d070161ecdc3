/// URL slugs: lowercase ASCII letters, digits and single hyphens.
enum SlugRules {
    /// What `suggest(from:)` gives for text with no letters or digits: a placeholder in no language.
    static let placeholder = "x"

    /// On the UTF-8 bytes (every allowed character is one ASCII byte): letters and digits, with a
    /// hyphen only between two of them.
    static func isValid(_ slug: String) -> Bool {
        let hyphen = UInt8(ascii: "-")
        var previous = hyphen
        for byte in slug.utf8 {
            let isLetterOrDigit = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetterOrDigit || (byte == hyphen && previous != hyphen) else { return false }
            previous = byte
        }
        return previous != hyphen
    }

    /// `isValid` as it was written first, by characters (the tests compare the two).
    static func isValidByCharacter(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("-"), !slug.hasSuffix("-"), !slug.contains("--") else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A valid slug made from any text: `Målgrupper & mål` → `maalgrupper-maal`.
    static func suggest(from text: String) -> String {
        suggestFromLatin1(text) ?? suggestFromAnyText(text)
    }

    /// `suggest(from:)` for every text, one character at a time.
    static func suggestFromAnyText(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            // Fast path: ASCII letters and digits stay, other ASCII separates words.
            if let ascii = character.asciiValue {
                if (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39) {
                    if pendingHyphen && !out.isEmpty { out += "-" }
                    pendingHyphen = false
                    out.unicodeScalars.append(Unicode.Scalar(ascii))
                } else {
                    pendingHyphen = true
                }
                continue
            }
            let mapped = fold(character)
            for scalar in mapped.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if pendingHyphen && !out.isEmpty { out += "-" }
                    pendingHyphen = false
                    out.unicodeScalars.append(scalar)
                } else {
                    pendingHyphen = true
                }
            }
            if mapped.isEmpty { pendingHyphen = true }
        }
        return out.isEmpty ? placeholder : out
    }

    /// The ASCII a lowercase non-ASCII character becomes: Nordic and German letters spelt out, other
    /// letters without their accents, everything else nothing.
    static func fold(_ character: Character) -> String {
        switch character {
        case "æ": return "ae"
        case "ø": return "oe"
        case "å": return "aa"
        case "ä": return "ae"
        case "ö": return "oe"
        case "ü": return "ue"
        case "ß": return "ss"
        default:
            let folded = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
            return String(String.UnicodeScalarView(folded))
        }
    }

    /// What `fold` gives for each of U+0080…U+00FF after lowercasing, made once from `fold` itself.
    private static let latin1Folds: [[UInt8]] = (0x80...0xFF).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return [] }
        return String(Character(scalar)).lowercased().flatMap { Array(fold($0).utf8) }
    }

    /// `suggest(from:)` for a text all in Latin-1 (most headings and names, Danish ones included),
    /// on bytes and a table; nil for any other text. Every Latin-1 scalar is a character of its own
    /// (CR LF aside, which both paths treat as a separator), so this equals the general path.
    static func suggestFromLatin1(_ text: String) -> String? {
        var text = text
        guard let out = text.withUTF8(latin1Slug) else { return nil }
        return out.isEmpty ? placeholder : String(decoding: out, as: UTF8.self)
    }

    /// `suggestFromLatin1` on the text's UTF-8 bytes: a Latin-1 scalar above U+007F is two bytes
    /// led by 0xC2 or 0xC3 (the text is valid UTF-8); any other lead byte is a scalar past Latin-1.
    private static func latin1Slug(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingHyphen = false
        func add(_ byte: UInt8) {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                add((byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte)
                index += 1
                continue
            }
            guard byte == 0xC2 || byte == 0xC3, index + 1 < bytes.count else { return nil }
            let value = (Int(byte & 0x1F) << 6) | Int(bytes[index + 1] & 0x3F)
            let mapped = latin1Folds[value - 0x80]
            for folded in mapped { add(folded) }
            if mapped.isEmpty { pendingHyphen = true }
            index += 2
        }
        return out
    }
}
