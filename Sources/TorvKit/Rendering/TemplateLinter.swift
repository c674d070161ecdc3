/// Reads Mustache templates tag by tag and checks every name against the `TemplateSchema`, every
/// partial against the templates that exist, and section nesting; each problem with file:line:column.
struct TemplateLinter {
    struct Tag {
        enum Kind { case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiter }
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
    }

    let sources: [String: SourceFile]
    let schema: [String: TemplateSchema]
    /// The keys of the site's interface texts (`{{t.key}}`).
    var uiKeys: Set<String> = []
    /// Templates the Mustache parser already rejected (their error is reported once, by the parser).
    var unparsable: Set<String> = []

    /// Checks a template the build renders directly (a layout), following its partials and parent.
    func lint(_ name: String, diagnostics: inout [Diagnostic]) {
        var visiting: [String] = []
        lint(name, scopes: [schema], visiting: &visiting, diagnostics: &diagnostics)
    }

    private func lint(_ name: String, scopes: [[String: TemplateSchema]], visiting: inout [String], diagnostics: inout [Diagnostic]) {
        guard let file = sources[name], !unparsable.contains(name), !visiting.contains(name), visiting.count < 32 else { return }
        visiting.append(name)
        defer { visiting.removeLast() }
        var scopes = scopes
        var open: [(tag: Tag, pushed: Bool)] = []
        for tag in Self.tags(in: file.text) {
            let location = file.location(line: tag.line, column: tag.column)
            switch tag.kind {
            case .comment, .delimiter:
                continue
            case .partial, .parent:
                if sources[tag.name] == nil {
                    diagnostics.append(Diagnostic(
                        .templateMissingPartial(name: tag.name, available: Array(sources.keys)), at: location,
                        excerpt: file.line(tag.line)))
                } else {
                    lint(tag.name, scopes: scopes, visiting: &visiting, diagnostics: &diagnostics)
                }
                if tag.kind == .parent { open.append((tag, false)) }
            case .block:
                open.append((tag, false))
            case .variable, .unescaped, .section, .inverted:
                let resolved = resolve(tag.name, in: scopes)
                if resolved == nil {
                    diagnostics.append(Diagnostic(
                        .templateUnknownVariable(name: tag.name, candidates: candidates(for: tag.name, in: scopes)), at: location,
                        excerpt: file.line(tag.line)))
                }
                if tag.kind == .section || tag.kind == .inverted {
                    var pushed = false
                    if tag.kind == .section, let fields = resolved?.fields(uiKeys: uiKeys) {
                        scopes.append(fields)
                        pushed = true
                    }
                    open.append((tag, pushed))
                }
            case .close:
                // The Mustache parser has checked that sections close in order (see `unbalancedSection(in:)`).
                if let last = open.popLast(), last.pushed { scopes.removeLast() }
            }
        }
    }

    /// The first `{{/…}}` that does not close the section open at that point, for a template the
    /// Mustache parser rejected for it: names the section and where it was opened, which the parser cannot.
    static func unbalancedSection(in file: SourceFile) -> Diagnostic? {
        var open: [Tag] = []
        for tag in tags(in: file.text) {
            switch tag.kind {
            case .section, .inverted, .parent, .block:
                open.append(tag)
            case .close:
                let location = file.location(line: tag.line, column: tag.column)
                guard let last = open.popLast() else {
                    return Diagnostic(.templateCloseWithoutOpen(name: tag.name), at: location, excerpt: file.line(tag.line))
                }
                if last.name != tag.name {
                    return Diagnostic(
                        .templateCloseMismatch(name: tag.name, open: last.name, openLine: last.line), at: location,
                        excerpt: file.line(tag.line))
                }
            default:
                continue
            }
        }
        return nil
    }

    private func resolve(_ name: String, in scopes: [[String: TemplateSchema]]) -> TemplateSchema? {
        if name == "." { return .value }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for scope in scopes.reversed() {
            guard var current = scope[first] else { continue }
            for part in parts.dropFirst() {
                guard let next = current.fields(uiKeys: uiKeys)?[part] else { return nil }
                current = next
            }
            return current
        }
        return nil
    }

    /// The names a template could have meant instead of `name`: the fields beside it, or every name in scope.
    private func candidates(for name: String, in scopes: [[String: TemplateSchema]]) -> [String] {
        let parts = name.split(separator: ".").map(String.init)
        if parts.count > 1, let parent = resolve(parts.dropLast().joined(separator: "."), in: scopes), let fields = parent.fields(uiKeys: uiKeys) {
            return fields.keys.map { (parts.dropLast() + [$0]).joined(separator: ".") }
        }
        return Array(Set(scopes.flatMap(\.keys)))
    }

    /// The tags of a template, with their positions. Handles `{{{x}}}`, `{{&x}}`, comments and
    /// delimiter changes (after which the linter stops, as it cannot follow them).
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        let chars = Array(text)
        var i = 0, line = 1, column = 1
        func advance(_ n: Int) {
            for _ in 0..<n where i < chars.count {
                if chars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }
        while i < chars.count {
            guard chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" else { advance(1); continue }
            let tagLine = line, tagColumn = column
            let triple = i + 2 < chars.count && chars[i + 2] == "{"
            advance(triple ? 3 : 2)
            let closing = triple ? 3 : 2
            // Whether the closing braces start at `i` (compared in place, not copied out).
            func closes(at i: Int) -> Bool { i + closing <= chars.count && (i..<(i + closing)).allSatisfy { chars[$0] == "}" } }
            var body: [Character] = []
            while i < chars.count && !closes(at: i) {
                body.append(chars[i])
                advance(1)
            }
            advance(closing)
            var content = String(body).trimmingSpaces
            var kind: Tag.Kind = triple ? .unescaped : .variable
            if !triple, let sigil = content.first {
                switch sigil {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "!": kind = .comment
                case "&": kind = .unescaped
                case "=": kind = .delimiter
                default: break
                }
                if kind != .variable { content = String(content.dropFirst()).trimmingSpaces }
            }
            // `{{name | transform}}` style transforms are written `{{transform(name)}}` in swift-mustache.
            if let open = content.firstIndex(of: "("), content.hasSuffix(")") {
                content = String(content[content.index(after: open)..<content.index(before: content.endIndex)])
            }
            tags.append(Tag(kind: kind, name: content, line: tagLine, column: tagColumn))
            if kind == .delimiter { break }
        }
        return tags
    }
}
