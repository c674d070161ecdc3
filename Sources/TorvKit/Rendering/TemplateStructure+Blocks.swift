/// Blocks whose replacement contains the same block. A `{{<parent}}…{{/parent}}` puts each
/// `{{$name}}…{{/name}}` replacement in it where the parent has `{{$name}}`, and the outermost
/// replacement wins: a replacement that contains `{{$name}}` again (itself, through another
/// template, or through the parent's other replacements) would be put inside itself without end.
extension TemplateStructure {
    /// One `{{$name}}…{{/name}}` replacement directly inside a `{{<parent}}`: the blocks (`$name`)
    /// and templates (`>name`) its tags reach, in order, each with the first tag that does.
    struct Replacement {
        var parent: String
        var name: String
        var reaches: [(key: String, tag: TemplateLinter.Tag)] = []
        var keys = Set<String>()

        mutating func add(_ key: String, at tag: TemplateLinter.Tag) {
            guard keys.insert(key).inserted else { return }
            reaches.append((key, tag))
        }
    }

    /// Every replacement that would contain itself, one diagnostic per circle (at the tag inside the
    /// replacement where it starts again), for templates without circles of partials. Returns the
    /// templates holding such a replacement.
    static func blockCycles(
        sources: [String: SourceFile], tags: [String: [TemplateLinter.Tag]], diagnostics: inout [Diagnostic]
    ) -> Set<String> {
        let existing = Set(tags.keys)
        var blocks: [String: Set<String>] = [:]
        var bad = Set<String>()
        for name in existing.sorted() {
            for replacements in extensions(in: tags[name] ?? [], existing: existing) {
                guard let parent = replacements.first?.parent else { continue }
                let reachable = blockNames(of: parent, tags: tags, known: &blocks)
                for (cycle, tag) in circles(in: replacements, reachable: reachable, tags: tags, known: &blocks) {
                    bad.insert(name)
                    guard let file = sources[name] else { continue }
                    let through = tag.kind == .block ? nil : tag.name
                    diagnostics.append(Diagnostic(
                        .templateBlockCycle(cycle: cycle, through: through), at: file.location(line: tag.line, column: tag.column),
                        excerpt: file.line(tag.line)))
                }
            }
        }
        return bad
    }

    /// The replacements of each `{{<parent}}` tag of one template that names an existing template,
    /// with what each reaches (a replacement inside a replacement counts for both).
    static func extensions(in tags: [TemplateLinter.Tag], existing: Set<String>) -> [[Replacement]] {
        enum Open { case parent(String, Int), replacement(Int, Int), other }
        var found: [[Replacement]] = []
        var open: [Open] = []
        for tag in tags {
            if tag.kind == .block || ((tag.kind == .partial || tag.kind == .parent) && existing.contains(tag.name)) {
                let key = (tag.kind == .block ? "$" : ">") + tag.name
                for case .replacement(let e, let r) in open { found[e][r].add(key, at: tag) }
            }
            switch tag.kind {
            case .parent:
                found.append([])
                open.append(.parent(tag.name, found.count - 1))
            case .block:
                guard case .parent(let parent, let e) = open.last else { open.append(.other); continue }
                found[e].append(Replacement(parent: parent, name: tag.name))
                open.append(.replacement(e, found[e].count - 1))
            case .section, .inverted:
                open.append(.other)
            case .close:
                _ = open.popLast()
            default:
                continue
            }
        }
        return found.filter { $0.first.map { existing.contains($0.parent) } ?? false }
    }

    /// Every `{{$name}}` a template has, itself or through the templates it includes or extends
    /// (which form no circle: that is checked first).
    static func blockNames(of name: String, tags: [String: [TemplateLinter.Tag]], known: inout [String: Set<String>]) -> Set<String> {
        if let names = known[name] { return names }
        var names = Set<String>()
        for tag in tags[name] ?? [] {
            if tag.kind == .block {
                names.insert(tag.name)
            } else if tag.kind == .partial || tag.kind == .parent, tags[tag.name] != nil {
                names.formUnion(blockNames(of: tag.name, tags: tags, known: &known))
            }
        }
        known[name] = names
        return names
    }

    /// The circles among one `{{<parent}}`'s replacements that rendering the parent reaches: each as
    /// the block names (first and last the same) with the tag where it starts again.
    static func circles(
        in replacements: [Replacement], reachable: Set<String>, tags: [String: [TemplateLinter.Tag]], known: inout [String: Set<String>]
    ) -> [(cycle: [String], tag: TemplateLinter.Tag)] {
        // Which replaced blocks each replacement contains, through the tag that leads there.
        var edges: [String: [(block: String, tag: TemplateLinter.Tag)]] = [:]
        let replaced = Set(replacements.map(\.name))
        for replacement in replacements where edges[replacement.name] == nil {
            var list: [(block: String, tag: TemplateLinter.Tag)] = []
            for (key, tag) in replacement.reaches {
                let blocks = key.hasPrefix("$") ? [String(key.dropFirst())] : blockNames(of: String(key.dropFirst()), tags: tags, known: &known)
                list += blocks.filter(replaced.contains).sorted().map { ($0, tag) }
            }
            edges[replacement.name] = list
        }
        // The replaced blocks rendering reaches: those the parent has, and those their replacements contain.
        var reached = reachable.intersection(replaced)
        var queue = Array(reached)
        while let block = queue.popLast() {
            for edge in edges[block] ?? [] where reached.insert(edge.block).inserted { queue.append(edge.block) }
        }
        var result: [(cycle: [String], tag: TemplateLinter.Tag)] = []
        var reported = Set<String>()
        for replacement in replacements where reached.contains(replacement.name) && !reported.contains(replacement.name) {
            guard let path = path(from: replacement.name, to: replacement.name, edges: edges), let first = path.first else { continue }
            let cycle = [replacement.name] + path.map(\.block)
            reported.formUnion(cycle)
            result.append((cycle, first.tag))
        }
        return result
    }

    /// The shortest way from one replaced block to another, edge by edge (breadth first); nil when there is none.
    private static func path(
        from start: String, to goal: String, edges: [String: [(block: String, tag: TemplateLinter.Tag)]]
    ) -> [(block: String, tag: TemplateLinter.Tag)]? {
        var came: [String: (from: String, tag: TemplateLinter.Tag)] = [:]
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [String] = []
            for block in frontier {
                for edge in edges[block] ?? [] {
                    if edge.block == goal {
                        var path = [(block: goal, tag: edge.tag)]
                        var at = block
                        while at != start, let step = came[at] {
                            path.insert((at, step.tag), at: 0)
                            at = step.from
                        }
                        return path
                    }
                    if came[edge.block] == nil, edge.block != start {
                        came[edge.block] = (block, edge.tag)
                        next.append(edge.block)
                    }
                }
            }
            frontier = next
        }
        return nil
    }
}
