/// Escaping for text placed into HTML by Torv itself (templates escape their own variables).
public enum HTML {
    public static func escapeText(_ s: String) -> String { escape(s, quotes: false) }

    public static func escapeAttribute(_ s: String) -> String { escape(s, quotes: true) }

    /// `&`, `<`, `>` (and with `quotes`, `"` and `'`) as entities, on UTF-8 bytes; a text that
    /// needs nothing escaped (most of them) is returned as it is.
    private static func escape(_ s: String, quotes: Bool) -> String {
        let special: (UInt8) -> Bool = { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && (byte == 0x22 || byte == 0x27))
        }
        guard s.utf8.contains(where: special) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 32)
        for byte in s.utf8 {
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22 where quotes: out += Array("&quot;".utf8)
            case 0x27 where quotes: out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
