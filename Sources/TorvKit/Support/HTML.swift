/// Escaping for text placed into HTML by Torv itself (templates escape their own variables).
public enum HTML {
    public static func escapeText(_ s: String) -> String { escape(s, quotes: false) }

    public static func escapeAttribute(_ s: String) -> String { escape(s, quotes: true) }

    /// `&`, `<`, `>` (and with `quotes`, `"` and `'`) as entities, on UTF-8 bytes; a text that
    /// needs nothing escaped (most of them) is returned as it is.
    private static func escape(_ s: String, quotes: Bool) -> String {
        guard s.utf8.contains(where: { entity(for: $0, quotes: quotes) != nil }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 32)
        append(s, quotes: quotes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` to `buffer`, escaped: runs that need nothing are copied whole. (Templates'
    /// `{{values}}` go through here with `quotes`, see `HTMLEscaping`.)
    static func append(_ text: String, quotes: Bool, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(bytes: $0, quotes: quotes, to: &buffer) }
    }

    /// `append` for a text given as its UTF-8 bytes.
    static func append(bytes: UnsafeBufferPointer<UInt8>, quotes: Bool, to buffer: inout [UInt8]) {
        var runStart = 0
        for index in bytes.indices {
            guard let entity = entity(for: bytes[index], quotes: quotes) else { continue }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            entity.withUTF8Buffer { buffer.append(contentsOf: $0) }
            runStart = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    @inline(__always)
    private static func entity(for byte: UInt8, quotes: Bool) -> StaticString? {
        switch byte {
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x26: return "&amp;"
        case 0x22 where quotes: return "&quot;"
        case 0x27 where quotes: return "&#39;"
        default: return nil
        }
    }
}
