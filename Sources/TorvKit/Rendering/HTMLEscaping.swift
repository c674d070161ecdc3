import Mustache

/// How templates escape `{{values}}`: swift-mustache's own rule (`<`, `>`, `&`, `"`, `'`), but on
/// UTF-8 bytes, in one pass, straight into the page being written. Every template is parsed with
/// `pragma` in front, so this is the escaping it renders with (Torv's renderer, and swift-mustache,
/// the reference the tests compare it with, which has it registered).
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
        var out: [UInt8] = []
        Self.append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` to `buffer`, escaped: runs that need nothing are copied whole.
    static func append(_ text: String, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let entity: StaticString
                switch bytes[index] {
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x26: entity = "&amp;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                entity.withUTF8Buffer { buffer.append(contentsOf: $0) }
                runStart = index + 1
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
