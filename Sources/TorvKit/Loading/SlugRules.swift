/// URL slugs: lowercase ASCII letters, digits and single hyphens.
enum SlugRules {
    /// What `suggest(from:)` gives for text with no letters or digits: a placeholder in no language.
    static let placeholder = "x"

    static func isValid(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("-"), !slug.hasSuffix("-"), !slug.contains("--") else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A valid slug made from any text: `Målgrupper & mål` → `maalgrupper-maal`.
    static func suggest(from text: String) -> String {
        if let ascii = suggestFromASCII(text) { return ascii }
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
            let mapped: String
            switch character {
            case "æ": mapped = "ae"
            case "ø": mapped = "oe"
            case "å": mapped = "aa"
            case "ä": mapped = "ae"
            case "ö": mapped = "oe"
            case "ü": mapped = "ue"
            case "ß": mapped = "ss"
            default:
                let folded = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
                mapped = String(String.UnicodeScalarView(folded))
            }
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

    /// `suggest(from:)` for a text all in ASCII (most headings and names), on bytes; nil otherwise.
    private static func suggestFromASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(lower)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? placeholder : String(decoding: out, as: UTF8.self)
    }
}
