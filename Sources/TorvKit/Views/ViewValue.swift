/// What a template reads from a view, typed: the renderer switches on it instead of casting `Any`.
/// `nil` (no `ViewValue`) is a missing value: it renders empty and is looked for further out.
enum ViewValue: Sendable {
    case text(String)
    /// A text held as its UTF-8 bytes: a page's HTML, which goes from cmark into the page written
    /// without being made a `String` (which would check it again). Everything else reads it as `text`.
    case bytes([UInt8])
    case number(Int)
    case flag(Bool)
    /// A nested view (a `ViewModel`, a `ViewRef` or the interface texts), read by name.
    case object(any ViewScope)
    case list(any ViewList)

    /// The value as swift-mustache was given it (`String`, `Int`, `Bool`, the view, the array):
    /// for the reference renderer the tests compare against.
    var legacy: Any {
        switch self {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .number(let number): number
        case .flag(let flag): flag
        case .object(let scope): scope
        case .list(let list): list.legacy
        }
    }

    /// The text of a `.text` or `.bytes` value; nil for any other.
    var textValue: String? {
        switch self {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .number, .flag, .object, .list: nil
        }
    }

    /// How `{{x}}` prints a value that is not a text: as swift-mustache did, `String(describing:)`.
    var printed: String {
        switch self {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .object(let scope): String(describing: scope)
        case .list(let list): list.printed
        }
    }
}
