/// Renders compiled templates against a stack of views into one byte buffer. The rules are
/// swift-mustache's (2.1.1), which the tests compare it with: a name is looked for from the
/// innermost context outwards (an absent value counts as not there), a list repeats its section,
/// `true` shows it in the same context, a partial is indented line by line when its tag stood alone
/// on its line, and a `{{<parent}}`'s replacements win over those of parents it is inside.
struct MustacheRenderer {
    /// The position in the list whose section is being repeated (`{{first()}}`, `{{index()}}`).
    struct ListPosition {
        var first: Bool
        var last: Bool
        var index: Int
    }

    /// Partials and blocks deeper than this render nothing. `TemplateStructure` keeps checked
    /// templates far below it; it stops a circle no check sees: one after a `{{=…=}}` delimiter
    /// change, or a block whose replacement contains the same block (`{{$b}}…{{$b}}{{/b}}…{{/b}}`,
    /// directly or through a partial), which swift-mustache followed until the stack overflowed.
    static let maximumDepth = 200
    /// At most this many partials and blocks per page: such a circle that branches (two `{{$b}}`
    /// in the replacement) would otherwise take exponential time before reaching `maximumDepth`.
    static let maximumExpansions = 100_000

    let templates: [String: [MustacheNode]]
    private(set) var buffer: [UInt8] = []
    var stack: [ViewValue]
    private var indentation: [UInt8] = []
    /// The replacements of the `{{<parent}}` tags being rendered, outermost first.
    private var overrides: [[String: [MustacheNode]]] = []
    private var depth = 0
    private var expansions = 0

    init(templates: [String: [MustacheNode]], root: ViewValue, capacity: Int = 1 << 15) {
        self.templates = templates
        stack = [root]
        buffer.reserveCapacity(capacity)
    }

    /// Renders the template `name`; false when there is none.
    mutating func render(template name: String) -> Bool {
        guard let nodes = templates[name] else { return false }
        render(nodes, escaping: .html, position: nil)
        return true
    }

    mutating func render(_ nodes: [MustacheNode], escaping: MustacheEscaping, position: ListPosition?) {
        var escaping = escaping
        guard !indentation.isEmpty else {
            for node in nodes { render(node, escaping: &escaping, position: position) }
            return
        }
        // Indented (a partial or block whose tag stood alone): what a node adds after a newline is indented.
        let indent = indentation
        let start = buffer.count
        for node in nodes {
            guard endsLine(since: start) else {
                render(node, escaping: &escaping, position: position)
                continue
            }
            buffer.append(contentsOf: indent)
            let mark = buffer.count
            render(node, escaping: &escaping, position: position)
            if buffer.count == mark { buffer.removeLast(indent.count) }
        }
    }

    /// Whether the output since `start` ends with a newline (a "\n" that is not the end of a "\r\n").
    private func endsLine(since start: Int) -> Bool {
        let end = buffer.count
        guard end > start, buffer[end - 1] == 0x0A else { return false }
        return end - 1 == start || buffer[end - 2] != 0x0D
    }

    private mutating func render(_ node: MustacheNode, escaping: inout MustacheEscaping, position: ListPosition?) {
        switch node {
        case .text(let bytes):
            buffer.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = value(of: name, position: position) else { return }
            write(value, escaping: escaped ? escaping : .text)
        case .section(let name, let body, let inverted):
            let value = value(of: name, position: position)
            if inverted {
                renderInverted(body, value: value, escaping: escaping, position: position)
            } else {
                renderSection(body, value: value, escaping: escaping, position: position)
            }
        case .block(let name, let body, let indent):
            let chosen = overrides.lazy.compactMap { $0[name] }.first ?? body
            nested(indent: indent, overrides: nil) { $0.render(chosen, escaping: escaping, position: nil) }
        case .partial(let name, let indent, let replacements, let dynamic):
            guard let nodes = partial(name, dynamic: dynamic, position: position) else { return }
            // A partial starts with swift-mustache's default escaping (each template then sets Torv's).
            nested(indent: indent, overrides: replacements) { $0.render(nodes, escaping: .html, position: nil) }
        case .contentType(let type):
            escaping = type
        case .blockDefinition:
            return
        }
    }

    private func partial(_ name: String, dynamic: Bool, position: ListPosition?) -> [MustacheNode]? {
        guard dynamic else { return templates[name] }
        guard case .text(let named) = value(of: MustacheName(name, transforms: []), position: position) else { return nil }
        return templates[named]
    }

    private mutating func nested(indent: [UInt8]?, overrides replacements: [String: [MustacheNode]]?, _ body: (inout Self) -> Void) {
        guard depth < Self.maximumDepth, expansions < Self.maximumExpansions else { return }
        expansions += 1
        let indentLength = indentation.count
        if let indent { indentation.append(contentsOf: indent) }
        if let replacements { overrides.append(replacements) }
        depth += 1
        body(&self)
        depth -= 1
        if replacements != nil { overrides.removeLast() }
        indentation.removeLast(indentation.count - indentLength)
    }

    private mutating func write(_ value: ViewValue, escaping: MustacheEscaping) {
        switch value {
        case .text(let text): escaping.append(text, to: &buffer)
        case .number(let number): buffer.append(contentsOf: String(number).utf8)
        case .flag(let flag): buffer.append(contentsOf: (flag ? "true" : "false").utf8)
        case .object, .list: escaping.append(value.printed, to: &buffer)
        }
    }
}
