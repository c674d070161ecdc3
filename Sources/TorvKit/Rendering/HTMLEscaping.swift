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

    /// Appends `text` to `buffer`, escaped (the five characters, as `HTML.escapeAttribute`).
    static func append(_ text: String, to buffer: inout [UInt8]) {
        HTML.append(text, quotes: true, to: &buffer)
    }
}
