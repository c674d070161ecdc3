import Yams

/// A parsed YAML document whose every node still knows its line and column in the source file.
///
/// Torv reads YAML through this (not `Decodable`) so that every wrong key, type or value is reported
/// at its own position, with the file's own line numbers (front matter starts below the `---` line).
public struct YAMLDocument {
    public let file: SourceFile
    /// Lines above the YAML text in `file` (1 for front matter, which starts after `---`).
    public let lineOffset: Int
    /// A flat mapping read without Yams (`FlatYAML`): its nodes are made only when asked for.
    let flat: [FlatYAML.Entry]?
    private let composed: Node?

    public var root: Node? {
        guard let flat else { return composed }
        return FlatYAML.node(flat)
    }

    init(file: SourceFile, lineOffset: Int, root: Node?) {
        self.file = file
        self.lineOffset = lineOffset
        flat = nil
        composed = root
    }

    init(file: SourceFile, lineOffset: Int, flat: [FlatYAML.Entry]) {
        self.file = file
        self.lineOffset = lineOffset
        self.flat = flat
        composed = nil
    }

    /// One constructor for every document: Yams's `.default` builds a new one, with its tables, on
    /// each use. It is never changed after it is made, so the threads can share it.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// Parses `yaml`, which starts at line `lineOffset + 1` of `file`. On a syntax error returns nil
    /// and appends a diagnostic showing the offending line with a caret.
    public static func parse(
        _ yaml: String, in file: SourceFile, lineOffset: Int = 0, diagnostics: inout [Diagnostic]
    ) -> YAMLDocument? {
        // A flat mapping of one-line values (most front matter) is read without Yams, to the same
        // values; it has no tab at all, so the check for tabs is not needed either.
        if let flat = FlatYAML.entries(yaml) { return YAMLDocument(file: file, lineOffset: lineOffset, flat: flat) }
        if let tab = tabIndentation(in: yaml) {
            let line = tab + lineOffset
            diagnostics.append(Diagnostic(.yamlTab(), at: file.location(line: line, column: 1), excerpt: file.line(line)))
            return nil
        }
        do {
            // Torv reads every value as text and converts it itself, so the basic resolver (no
            // regular expressions per value to guess types) is enough and much faster.
            // UTF-8 named here: Yams's default reads the whole environment on every call.
            let root = try Yams.compose(yaml: yaml, .basic, constructor, .utf8)
            return YAMLDocument(file: file, lineOffset: lineOffset, root: root)
        } catch let YamlError.duplicatedKeysInMapping(keys, context) {
            diagnostics += duplicateKeys(keys, at: context.mark, in: yaml, file: file, lineOffset: lineOffset)
            return nil
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, in: file, lineOffset: lineOffset))
            return nil
        } catch {
            diagnostics.append(Diagnostic(
                .yamlUnreadable(detail: "\(error)"), at: file.location(line: lineOffset + 1, column: 1)))
            return nil
        }
    }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: file.path, line: lineOffset + 1, column: 1) }
        return file.location(line: mark.line + lineOffset, column: mark.column)
    }

    /// The top level as a mapping, or a diagnostic saying it must be one.
    public func rootMapping(diagnostics: inout [Diagnostic], what: String) -> YAMLMapping? {
        if let flat { return YAMLMapping(document: self, flat: flat, location: file.location(line: lineOffset + 1, column: 1)) }
        guard let root else {
            return YAMLMapping(document: self, mapping: Node.Mapping([]), location: file.location(line: lineOffset + 1, column: 1))
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.append(Diagnostic(.yamlRootNotMapping(what: what, kind: root.kindDescription), at: location(of: root)))
            return nil
        }
        return YAMLMapping(document: self, mapping: mapping, location: location(of: root))
    }

    static func tabIndentation(in yaml: String) -> Int? {
        var lineNumber = 0
        let (space, tab, hash) = (UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"))
        for line in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            // Leading whitespace that contains a tab, on a line that has content.
            let leading = line.prefix { $0 == space || $0 == tab }
            if leading.contains(tab) && leading.count < line.count && line.dropFirst(leading.count).first != hash {
                return lineNumber
            }
        }
        return nil
    }

    /// One diagnostic per repeated key, at its repeat. Yams marks only the first key's first use;
    /// the block is the run of lines around it indented at least as far, and each key's second line
    /// there (at the same column) is the repeat. Where that cannot be found, the mark is used.
    static func duplicateKeys(_ keys: [String], at mark: Mark, in yaml: String, file: SourceFile, lineOffset: Int) -> [Diagnostic] {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = max(mark.column - 1, 0)
        func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }
        func inBlock(_ index: Int) -> Bool {
            let line = lines[index]
            return line.trimmingCharacters(in: .whitespaces).isEmpty || indentation(line) >= indent
        }
        var start = min(max(mark.line - 1, 0), max(lines.count - 1, 0))
        while start > 0, inBlock(start - 1) { start -= 1 }
        var end = start
        while end < lines.count, inBlock(end) { end += 1 }
        return Array(Set(keys)).sorted().map { key in
            let uses = (start..<end).filter { index in
                let line = lines[index]
                guard indentation(line) == indent else { return false }
                let rest = line.dropFirst(indent)
                return rest.hasPrefix(key) && rest.dropFirst(key.count).drop { $0 == " " }.first == ":"
            }
            let line = (uses.count > 1 ? uses[1] + 1 : mark.line) + lineOffset
            let column = uses.count > 1 ? indent + 1 : max(mark.column, 1)
            return Diagnostic(.yamlDuplicateKey(keys: [key]), at: file.location(line: line, column: column), excerpt: file.line(line))
        }
    }

    static func diagnostic(for error: YamlError, in file: SourceFile, lineOffset: Int) -> Diagnostic {
        /// The message at a Yams mark (1-based, relative to the YAML text), showing its line.
        func at(_ mark: Mark, _ message: Message) -> Diagnostic {
            let line = max(mark.line + lineOffset, lineOffset + 1)
            return Diagnostic(message, at: file.location(line: line, column: max(mark.column, 1)), excerpt: file.line(line))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            // An unclosed quote or bracket is found only at the end of the text (or at the next
            // bracket); the place where it was opened is what the editor needs to see.
            if let context, problem.contains("end of stream"), context.text.contains("quoted") {
                return at(context.mark, .yamlUnclosedQuote())
            }
            if let context, problem.hasPrefix("did not find expected ',' or") {
                return at(context.mark, .yamlUnclosedBracket(opening: context.text.contains("mapping") ? "{" : "["))
            }
            // A missing colon is found at the next token; the line that lacks it is where the key began.
            if let context, problem.contains("could not find expected ':'") {
                return at(context.mark, .yamlMissingColon())
            }
            return at(mark, .yamlSyntax(problem: problem, context: context?.text))
        case let .duplicatedKeysInMapping(duplicates, context):
            let line = context.mark.line + lineOffset
            return Diagnostic(
                .yamlDuplicateKey(keys: Array(Set(duplicates)).sorted()),
                at: file.location(line: line, column: context.mark.column), excerpt: file.line(line))
        case let .reader(problem, offset, _, yaml):
            // The offset counts characters from the start of the YAML text: point at the character.
            guard let offset else {
                return Diagnostic(.yamlUnreadable(detail: problem), at: file.location(line: lineOffset + 1, column: 1))
            }
            let before = yaml.prefix(offset)
            let line = before.filter { $0 == "\n" }.count + 1 + lineOffset
            let column = before.reversed().prefix { $0 != "\n" }.count + 1
            return Diagnostic(
                .yamlUnreadable(detail: problem), at: file.location(line: line, column: column), excerpt: file.line(line))
        default:
            return Diagnostic(.yamlUnreadable(detail: "\(error)"), at: file.location(line: lineOffset + 1, column: 1))
        }
    }
}
