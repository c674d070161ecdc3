import Mustache

/// How templates escape `{{values}}`: swift-mustache's own rule (`<`, `>`, `&`, `"`, `'`), but on
/// UTF-8 bytes and without copying a text that needs nothing escaped, which is most of them.
/// Every template is parsed with `pragma` in front, so this is the escaping it renders with.
struct HTMLEscaping: MustacheContentType {
    static let name = "TORV_HTML"
    /// A standalone line, so it adds nothing to the output; it shifts the template's lines by one.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"
    /// Registers the content type with swift-mustache, once.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        let special: (UInt8) -> Bool = { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }
        guard text.utf8.contains(where: special) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
