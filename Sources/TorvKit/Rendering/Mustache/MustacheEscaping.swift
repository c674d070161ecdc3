/// How values are escaped: Torv's (`HTMLEscaping`), swift-mustache's own `HTML` (the same five
/// characters, compared as whole characters), or `TEXT` (none).
enum MustacheEscaping: Sendable {
    case torvHTML
    case html
    case text

    /// The content types `{{% CONTENT_TYPE: name }}` knows.
    init?(name: String) {
        switch name {
        case HTMLEscaping.name: self = .torvHTML
        case "HTML": self = .html
        case "TEXT": self = .text
        default: return nil
        }
    }

    /// `append` for a text given as its UTF-8 bytes (`ViewValue.bytes`).
    func append(bytes: [UInt8], to buffer: inout [UInt8]) {
        switch self {
        case .torvHTML: bytes.withUnsafeBufferPointer { HTML.append(bytes: $0, quotes: true, to: &buffer) }
        case .text: buffer.append(contentsOf: bytes)
        case .html: append(String(decoding: bytes, as: UTF8.self), to: &buffer)
        }
    }

    func append(_ text: String, to buffer: inout [UInt8]) {
        switch self {
        case .torvHTML: HTMLEscaping.append(text, to: &buffer)
        case .text: buffer.append(contentsOf: text.utf8)
        case .html:
            for character in text {
                switch character {
                case "<": buffer.append(contentsOf: "&lt;".utf8)
                case ">": buffer.append(contentsOf: "&gt;".utf8)
                case "&": buffer.append(contentsOf: "&amp;".utf8)
                case "\"": buffer.append(contentsOf: "&quot;".utf8)
                case "'": buffer.append(contentsOf: "&#39;".utf8)
                default: buffer.append(contentsOf: character.utf8)
                }
            }
        }
    }
}
