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
                    diagnostics.append(.error(
                        "template-missing-partial", at: location, "the template `\(tag.name)` does not exist",
                        hint: Suggestions.hint(for: tag.name, in: Array(sources.keys), noun: "templates"),
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
                    diagnostics.append(.error(
                        "template-unknown-variable", at: location, "the template uses `\(tag.name)`, which Torv does not provide here",
                        hint: hint(for: tag.name, in: scopes), excerpt: file.line(tag.line)))
                }
                if tag.kind == .section || tag.kind == .inverted {
                    var pushed = false
                    if tag.kind == .section, let fields = resolved?.fields {
                        scopes.append(fields)
                        pushed = true
                    }
                    open.append((tag, pushed))
                }
            case .close:
                guard let last = open.popLast() else {
                    diagnostics.append(.error(
                        "template-unbalanced", at: location, "`{{/\(tag.name)}}` closes a section that was never opened",
                        excerpt: file.line(tag.line)))
                    continue
                }
                if last.pushed { scopes.removeLast() }
                if last.tag.name != tag.name {
                    diagnostics.append(.error(
                        "template-unbalanced", at: location,
                        "`{{/\(tag.name)}}` closes `\(last.tag.name)`, opened on line \(last.tag.line)",
                        hint: "close sections in the reverse order they were opened", excerpt: file.line(tag.line)))
                }
            }
        }
    }

    private func resolve(_ name: String, in scopes: [[String: TemplateSchema]]) -> TemplateSchema? {
        if name == "." { return .value }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for scope in scopes.reversed() {
            guard var current = scope[first] else { continue }
            for part in parts.dropFirst() {
                guard let next = current.fields?[part] else { return nil }
                current = next
            }
            return current
        }
        return nil
    }

    private func hint(for name: String, in scopes: [[String: TemplateSchema]]) -> String {
        let parts = name.split(separator: ".").map(String.init)
        var candidates: [String] = []
        if parts.count > 1, let parent = resolve(parts.dropLast().joined(separator: "."), in: scopes), let fields = parent.fields {
            candidates = fields.keys.map { (parts.dropLast() + [$0]).joined(separator: ".") }
        } else {
            candidates = Array(Set(scopes.flatMap(\.keys)))
        }
        if name.hasPrefix("t.") {
            return "UI strings are defined in content/i18n/*.yaml: if the key was renamed or deleted there, put it back (in every language); if the template is misspelt, correct it. "
                + Suggestions.hint(for: name, in: candidates, noun: "names available here").capitalizedFirst
        }
        return Suggestions.hint(for: name, in: candidates, noun: "names available here")
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
            let closing: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            var body: [Character] = []
            while i < chars.count && !(Array(chars[i..<min(i + closing.count, chars.count)]) == closing) {
                body.append(chars[i])
                advance(1)
            }
            advance(closing.count)
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
