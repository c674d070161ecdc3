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

    /// Partials and blocks deeper than this render nothing, and `stop` says where. `TemplateStructure`
    /// keeps checked templates far below it and reports circles it can see (partials, and blocks whose
    /// replacement contains the same block); this stops one no check sees, such as one after a
    /// `{{=…=}}` delimiter change, which swift-mustache followed until the stack overflowed.
    static let maximumDepth = 200
    /// At most this many partials and blocks per page: such a circle that branches (two `{{$b}}`
    /// in the replacement) would otherwise take exponential time before reaching `maximumDepth`.
    static let maximumExpansions = 100_000

    let templates: [String: [MustacheNode]]
    /// Partials rendered once per language (nil: every partial is rendered every time).
    let shared: SharedPartials?
    private(set) var buffer: [UInt8] = []
    var stack: [ViewValue]
    /// How many views sections have put on `stack` (above the root): with none, a shared partial's
    /// names can only be the root's.
    var scopes = 0
    private var indentation: [UInt8] = []
    /// The replacements of the `{{<parent}}` tags being rendered, outermost first, each with the
    /// template its tag stands in.
    private var overrides: [(template: String, replacements: [String: [MustacheNode]])] = []
    /// The template whose nodes are being rendered (for a block's replacement, the template of its `{{<parent}}`).
    private var template = ""
    private var depth = 0
    private var expansions = 0
    /// Where rendering first stopped at `maximumDepth` or `maximumExpansions`; nil when the page is whole.
    private(set) var stop: Stop?
    /// After a stop, the depth at which the next tag rendering returns from is noted in `stop.circle` (0: none).
    private var unwinding = 0

    init(templates: [String: [MustacheNode]], root: ViewValue, shared: SharedPartials? = nil, capacity: Int = 1 << 15) {
        self.templates = templates
        self.shared = shared
        stack = [root]
        buffer.reserveCapacity(capacity)
    }

    /// Renders the template `name`; false when there is none.
    mutating func render(template name: String) -> Bool {
        guard let nodes = templates[name] else { return false }
        template = name
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
        case .block(let name, let body, let indent, let tag):
            let replacement = overrides.lazy.compactMap { entry in entry.replacements[name].map { (entry.template, $0) } }.first
            let expansion = Expansion(template: template, name: name, isBlock: true, isReplaced: replacement != nil, tag: tag)
            nested(expansion, into: replacement?.0 ?? template, indent: indent, overrides: nil) {
                $0.render(replacement?.1 ?? body, escaping: escaping, position: nil)
            }
        case .partial(let name, let indent, let replacements, let dynamic, let tag):
            guard let (target, nodes) = partial(name, dynamic: dynamic, position: position) else { return }
            let key = sharedKey(name, dynamic: dynamic, indent: indent)
            if let key, let output = shared?.outputs.output(key) {
                buffer.append(contentsOf: output)
                return
            }
            // A partial starts with swift-mustache's default escaping (each template then sets Torv's).
            let expansion = Expansion(template: template, name: name, isBlock: false, tag: tag)
            let start = buffer.count
            nested(expansion, into: target, indent: indent, overrides: replacements) {
                $0.render(nodes, escaping: .html, position: nil)
            }
            if let key, stop == nil { shared?.outputs.keep(Array(buffer[start...]), for: key) }
        case .contentType(let type):
            escaping = type
        case .blockDefinition:
            return
        }
    }

    /// Where a shared partial's output is kept, when this partial is one and renders as on every
    /// page of the language here (no view of a section around it); nil otherwise.
    private func sharedKey(_ name: String, dynamic: Bool, indent: [UInt8]?) -> PartialOutputs.Key? {
        guard let shared, !dynamic, scopes == 0, shared.templates.contains(name) else { return nil }
        return PartialOutputs.Key(template: name, indentation: indentation + (indent ?? []), templatesKey: shared.templatesKey)
    }

    /// The template a partial tag names, and its nodes; nil when there is none.
    private func partial(_ name: String, dynamic: Bool, position: ListPosition?) -> (String, [MustacheNode])? {
        guard dynamic else { return templates[name].map { (name, $0) } }
        guard let named = value(of: MustacheName(name, transforms: []), position: position)?.textValue else { return nil }
        return templates[named].map { (named, $0) }
    }

    /// Goes into a partial or block, rendering nodes of the template `target`; past the limits it
    /// renders nothing and keeps the first place in `stop`.
    private mutating func nested(
        _ expansion: Expansion, into target: String, indent: [UInt8]?, overrides replacements: [String: [MustacheNode]]?,
        _ body: (inout Self) -> Void
    ) {
        guard depth < Self.maximumDepth, expansions < Self.maximumExpansions else {
            if stop == nil {
                // The tags still being rendered are noted as rendering returns from them (see `note`).
                stop = Stop(at: expansion, tooDeep: depth >= Self.maximumDepth, circle: depth > 0 ? [expansion] : [])
                unwinding = depth
            }
            return
        }
        expansions += 1
        let indentLength = indentation.count, outer = template
        if let indent { indentation.append(contentsOf: indent) }
        if let replacements { overrides.append((template, replacements)) }
        template = target
        depth += 1
        body(&self)
        depth -= 1
        if depth == unwinding - 1 { note(expansion) }
        template = outer
        if replacements != nil { overrides.removeLast() }
        indentation.removeLast(indentation.count - indentLength)
    }

    /// After a stop, each tag that was being rendered then, innermost first, until one comes round a
    /// second time: the circle that led there (none when the outermost tag is reached first).
    private mutating func note(_ expansion: Expansion) {
        guard var found = stop else { return }
        unwinding = depth
        if let again = found.circle.firstIndex(where: { $0.isSameTag(as: expansion) }) {
            found.circle = [expansion] + found.circle[..<again]
            unwinding = 0
        } else if depth == 0 {
            found.circle = []
        } else {
            found.circle.insert(expansion, at: 0)
        }
        stop = found
    }

    private mutating func write(_ value: ViewValue, escaping: MustacheEscaping) {
        switch value {
        case .text(let text): escaping.append(text, to: &buffer)
        case .bytes(let bytes): escaping.append(bytes: bytes, to: &buffer)
        case .number(let number): buffer.append(contentsOf: String(number).utf8)
        case .flag(let flag): buffer.append(contentsOf: (flag ? "true" : "false").utf8)
        case .object, .list: escaping.append(value.printed, to: &buffer)
        }
    }
}
