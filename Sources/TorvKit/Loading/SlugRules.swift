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
}
