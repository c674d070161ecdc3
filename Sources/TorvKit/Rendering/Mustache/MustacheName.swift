/// A name a tag reads, split once when the template is compiled: `{{a.b}}`, `{{.}}`, `{{.a}}`
/// (only the innermost context), `{{empty(a)}}` (transforms, innermost first) and `{{first()}}`
/// (the position in the list being repeated).
struct MustacheName: Sendable {
    enum Start: Sendable {
        /// The innermost context (`.`, and a name with no parts).
        case top
        /// The first context, innermost outwards, that has the first part.
        case stack
        /// Only the innermost context (a name starting with `.`).
        case innermost
        /// The position in the list being repeated (`{{first()}}`).
        case position
    }

    var start: Start
    var parts: [ViewName]
    /// Applied in this order (the innermost call first).
    var transforms: [String]

    /// As swift-mustache reads a name: split at dots, empty parts dropped.
    init(_ name: String, transforms: [String]) {
        self.transforms = transforms.reversed()
        parts = name.split(separator: ".").map { ViewName(String($0)) }
        if name == "." {
            start = .top
            parts = []
        } else if name.isEmpty, !transforms.isEmpty {
            start = .position
        } else if name.first == "." {
            start = .innermost
        } else {
            start = parts.isEmpty ? .top : .stack
        }
    }
}
