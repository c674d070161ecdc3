/// Checks what the Mustache parser and renderer cannot survive, before they see anything: templates
/// that include or extend each other in a circle, or a block whose replacement contains the same block
/// (rendering would recurse until the renderer's limit cuts the page off), and nesting deeper than
/// `maximumNesting` (the parser and renderer recurse once per level).
enum TemplateStructure {
    /// The deepest nesting allowed, counting sections, inverted sections, `{{<parent}}`, `{{$block}}`
    /// and every partial or layout a template goes through on the way. The site's own templates nest
    /// well under 20.
    static let maximumNesting = 100

    /// Nesting within one file, checked before the Mustache parser sees it. Returns the diagnostic
    /// at the first tag that goes deeper than `maximumNesting`, or nil.
    static func nestingProblem(in file: SourceFile, tags: [TemplateLinter.Tag]) -> Diagnostic? {
        var depth = 0
        for tag in tags {
            switch tag.kind {
            case .section, .inverted, .parent, .block:
                depth += 1
                if depth > maximumNesting {
                    return Diagnostic(
                        .templateTooDeep(limit: maximumNesting, through: []), at: file.location(line: tag.line, column: tag.column),
                        excerpt: file.line(tag.line))
                }
            case .close:
                depth = max(0, depth - 1)
            default:
                continue
            }
        }
        return nil
    }

    /// A `{{>partial}}` or `{{<parent}}` tag that names an existing template, with the nesting depth
    /// at which it stands in its own file.
    struct Reference {
        var target: String
        var tag: TemplateLinter.Tag
        var depth: Int
    }

    static func references(in tags: [TemplateLinter.Tag], existing: Set<String>) -> [Reference] {
        var references: [Reference] = []
        var depth = 0
        for tag in tags {
            switch tag.kind {
            case .partial where existing.contains(tag.name):
                references.append(Reference(target: tag.name, tag: tag, depth: depth))
            case .parent:
                if existing.contains(tag.name) { references.append(Reference(target: tag.name, tag: tag, depth: depth)) }
                depth += 1
            case .section, .inverted, .block:
                depth += 1
            case .close:
                depth = max(0, depth - 1)
            default:
                continue
            }
        }
        return references
    }

    /// Every circle of templates that include or extend each other (one diagnostic per circle, at the
    /// tag that closes it), then nesting that grows too deep through partials and layouts, then blocks
    /// whose replacement contains the same block (see `blockCycles`). Returns the names of the templates
    /// involved, which must not be rendered.
    static func check(
        sources: [String: SourceFile], tags: [String: [TemplateLinter.Tag]], diagnostics: inout [Diagnostic]
    ) -> Set<String> {
        let existing = Set(tags.keys)
        var graph: [String: [Reference]] = [:]
        var localDepth: [String: Int] = [:]
        for (name, list) in tags {
            graph[name] = references(in: list, existing: existing)
            localDepth[name] = deepestNesting(in: list)
        }
        let bad = cycles(in: graph, names: existing.sorted(), sources: sources, diagnostics: &diagnostics)
        guard bad.isEmpty else { return bad }
        var nesting = NestingCheck(graph: graph, localDepth: localDepth, sources: sources)
        for name in existing.sorted() { _ = nesting.depth(of: name, chain: 0) }
        diagnostics += nesting.diagnostics
        guard nesting.bad.isEmpty else { return nesting.bad }
        return blockCycles(sources: sources, tags: tags, diagnostics: &diagnostics)
    }

    /// How deep sections, blocks and parents nest inside one template itself.
    private static func deepestNesting(in tags: [TemplateLinter.Tag]) -> Int {
        var depth = 0, deepest = 0
        for tag in tags {
            switch tag.kind {
            case .section, .inverted, .parent, .block: depth += 1; deepest = max(deepest, depth)
            case .close: depth = max(0, depth - 1)
            default: continue
            }
        }
        return deepest
    }

    /// Circles: an iterative depth-first search (white, grey on the current path, black when done),
    /// from each template in `names` order. Reports each circle at the tag that closes it and returns
    /// every template on one.
    private static func cycles(
        in graph: [String: [Reference]], names: [String], sources: [String: SourceFile], diagnostics: inout [Diagnostic]
    ) -> Set<String> {
        enum Colour { case grey, black }
        var colour: [String: Colour] = [:]
        var bad = Set<String>()
        for start in names where colour[start] == nil {
            var path: [(name: String, next: Int)] = [(start, 0)]
            colour[start] = .grey
            while let top = path.last {
                let edges = graph[top.name] ?? []
                guard top.next < edges.count else {
                    colour[top.name] = .black
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let edge = edges[top.next]
                switch colour[edge.target] {
                case .grey:
                    let names = path.map(\.name)
                    let from = names.lastIndex(of: edge.target) ?? 0
                    let cycle = Array(names[from...]) + [edge.target]
                    bad.formUnion(cycle)
                    if let file = sources[top.name] {
                        diagnostics.append(Diagnostic(
                            .templateCycle(cycle: cycle, extends: edge.tag.kind == .parent), at: file.location(line: edge.tag.line, column: edge.tag.column),
                            excerpt: file.line(edge.tag.line)))
                    }
                case .black:
                    continue
                case nil:
                    colour[edge.target] = .grey
                    path.append((edge.target, 0))
                }
            }
        }
        return bad
    }

    /// Depth through partials and layouts, for a graph without circles. Each reference adds one
    /// level: a partial is rendered one call deeper.
    private struct NestingCheck {
        let graph: [String: [Reference]]
        let localDepth: [String: Int]
        let sources: [String: SourceFile]
        var total: [String: Int] = [:]
        /// The templates found too deep, each reported once in `diagnostics`.
        var bad = Set<String>()
        var diagnostics: [Diagnostic] = []

        init(graph: [String: [Reference]], localDepth: [String: Int], sources: [String: SourceFile]) {
            self.graph = graph
            self.localDepth = localDepth
            self.sources = sources
        }

        mutating func depth(of name: String, chain: Int) -> Int {
            let limit = TemplateStructure.maximumNesting
            if let known = total[name] { return known }
            if chain > limit { return limit + 1 }
            var deepest = localDepth[name] ?? 0
            for reference in graph[name] ?? [] {
                let inner = depth(of: reference.target, chain: chain + 1)
                let here = reference.depth + 1 + inner
                if here > limit, inner <= limit, let file = sources[name], !bad.contains(name) {
                    bad.insert(name)
                    diagnostics.append(Diagnostic(
                        .templateTooDeep(limit: limit, through: [reference.target]),
                        at: file.location(line: reference.tag.line, column: reference.tag.column),
                        excerpt: file.line(reference.tag.line)))
                }
                deepest = max(deepest, here)
            }
            total[name] = deepest
            return deepest
        }
    }
}
