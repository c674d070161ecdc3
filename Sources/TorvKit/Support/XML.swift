/// Text escaped for XML outputs (feeds, the sitemap).
enum XML {
    /// `escape(s)`'s UTF-8 bytes, appended to `out` (a text with nothing to escape is not copied first).
    static func append(_ s: String, to out: inout [UInt8]) {
        out.append(contentsOf: escape(s).utf8)
    }

    static func escape(_ s: String) -> String {
        // Most texts hold nothing to escape or drop (checked on bytes: U+FFFE and U+FFFF start with 0xEF).
        let plain = s.utf8.allSatisfy { byte in
            byte >= 0x20 ? byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27 && byte != 0xEF
                : byte == 0x0A || byte == 0x09 || byte == 0x0D
        }
        if plain { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 does not allow are dropped.
                if (c.value < 0x20 && c != "\n" && c != "\t" && c != "\r") || c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
