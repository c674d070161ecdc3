import Yams

/// A parsed YAML document whose every node still knows its line and column in the source file.
///
/// Torv reads YAML through this (not `Decodable`) so that every wrong key, type or value is reported
/// at its own position, with the file's own line numbers (front matter starts below the `---` line).
public struct YAMLDocument {
    public let file: SourceFile
    /// Lines above the YAML text in `file` (1 for front matter, which starts after `---`).
    public let lineOffset: Int
    public let root: Node?

    /// Parses `yaml`, which starts at line `lineOffset + 1` of `file`. On a syntax error returns nil
    /// and appends a diagnostic showing the offending line with a caret.
    public static func parse(
        _ yaml: String, in file: SourceFile, lineOffset: Int = 0, diagnostics: inout [Diagnostic]
    ) -> YAMLDocument? {
        if let tab = tabIndentation(in: yaml) {
            let line = tab + lineOffset
            diagnostics.append(.error(
                "yaml-tab", at: file.location(line: line, column: 1),
                "this line is indented with a tab; YAML only allows spaces for indentation",
                hint: "replace the tab with spaces, so the line starts in the same column as the lines it belongs with",
                excerpt: file.line(line)))
            return nil
        }
        do {
            // Torv reads every value as text and converts it itself, so the basic resolver (no
            // regular expressions per value to guess types) is enough and much faster.
            let root = try Yams.compose(yaml: yaml, .basic)
            return YAMLDocument(file: file, lineOffset: lineOffset, root: root)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, in: file, lineOffset: lineOffset))
            return nil
        } catch {
            diagnostics.append(.error(
                "yaml-syntax", at: file.location(line: lineOffset + 1, column: 1),
                "the YAML could not be read: \(error)"))
            return nil
        }
    }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: file.path, line: lineOffset + 1, column: 1) }
        return file.location(line: mark.line + lineOffset, column: mark.column)
    }

    /// The top level as a mapping, or a diagnostic saying it must be one.
    public func rootMapping(diagnostics: inout [Diagnostic], what: String) -> YAMLMapping? {
        guard let root else {
            return YAMLMapping(document: self, mapping: Node.Mapping([]), location: file.location(line: lineOffset + 1, column: 1))
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.append(.error(
                "yaml-type", at: location(of: root),
                "\(what) must be a list of `key: value` lines, but this is \(root.kindDescription)",
                hint: "write one setting per line, like `title: My page`"))
            return nil
        }
        return YAMLMapping(document: self, mapping: mapping, location: location(of: root))
    }

    static func tabIndentation(in yaml: String) -> Int? {
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            // Leading whitespace that contains a tab, on a line that has content.
            let leading = line.prefix { $0 == " " || $0 == "\t" }
            if leading.contains("\t") && leading.count < line.count && !line.dropFirst(leading.count).hasPrefix("#") {
                return lineNumber
            }
        }
        return nil
    }

    static func diagnostic(for error: YamlError, in file: SourceFile, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            // Yams marks are 1-based, relative to the YAML text.
            let line = mark.line + lineOffset
            let column = mark.column
            var message = "the YAML is not valid here: \(problem)"
            if let context { message += " (\(context.text))" }
            return .error(
                "yaml-syntax", at: file.location(line: max(line, lineOffset + 1), column: max(column, 1)), message,
                hint: YAMLHints.hint(for: problem),
                excerpt: file.line(max(line, lineOffset + 1)))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            // An unclosed quote or bracket is found only at the end of the text; the place where it
            // was opened is what the editor needs to see.
            if let context, problem.contains("end of stream") {
                let line = context.mark.line + lineOffset
                let what = context.text.contains("quoted") ? "a quoted value starts here but its closing quote is missing"
                    : "this is never closed (\(context.text))"
                return .error(
                    "yaml-syntax", at: file.location(line: line, column: context.mark.column), what,
                    hint: YAMLHints.hint(for: context.text), excerpt: file.line(line))
            }
            // A missing colon is found at the next token; the line that lacks it is where the key began.
            if let context, problem.contains("could not find expected ':'") {
                return at(context.mark, "this line has no `:` between the key and the value", nil)
            }
            return at(mark, problem, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            let line = context.mark.line + lineOffset
            let keys = Array(Set(duplicates)).sorted().map { "`\($0)`" }.joined(separator: ", ")
            return .error(
                "yaml-duplicate-key", at: file.location(line: line, column: context.mark.column),
                "the key \(keys) appears more than once in the same block",
                hint: "keep one of them and delete the other; YAML allows each key once",
                excerpt: file.line(line))
        case let .reader(problem, _, _, _):
            return .error("yaml-syntax", at: file.location(line: lineOffset + 1, column: 1), "the YAML could not be read: \(problem)")
        default:
            return .error("yaml-syntax", at: file.location(line: lineOffset + 1, column: 1), "the YAML could not be read: \(error)")
        }
    }
}

enum YAMLHints {
    static func hint(for problem: String) -> String {
        if problem.contains("nesting level") {
            return "the value is nested too deeply (too many `[`, `{` or indentation levels); write it more simply"
        }
        if problem.contains("no `:`") {
            return "write `key: value` with a colon and a space; if this line belongs to the page text, the closing `---` of the front matter above it is missing"
        }
        if problem.contains("mapping values are not allowed") {
            return "a value that contains `: ` must be put in double quotes, like `title: \"Vision: et godt liv\"`"
        }
        if problem.contains("could not find expected ':'") {
            return "each line needs the form `key: value`; check for a missing colon or an unclosed quote on this or the line above"
        }
        if problem.contains("found character that cannot start any token") {
            return "a value cannot start with this character unless it is in double quotes"
        }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "either there is text after a closing quote or bracket (put the whole value in double quotes, or use »…« inside it), or the indentation is uneven (keys at the same level must start in the same column)"
        }
        if problem.contains("found undefined alias") || problem.contains("alias") {
            return "a value that starts with `*`, `&`, `!`, `[`, `{`, `@` or a backquote must be put in double quotes, like `title: \"*Vigtigt* om strategien\"`"
        }
        if problem.contains("quoted scalar") {
            return "add the closing quote at the end of the value, or remove the opening one"
        }
        if problem.contains("flow") {
            return "a `[` or `{` is opened but never closed; add the closing bracket"
        }
        return "check this line and the one above for a missing colon, a stray quote or uneven indentation"
    }
}

extension Node {
    var kindDescription: String {
        switch self {
        case .scalar: return "a single value"
        case .mapping: return "a group of `key: value` lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
