/// Parses a template into `MustacheNode`s. A port of swift-mustache's parser (2.1.1), rule for rule,
/// so that Torv's renderer produces the same output: which lines are standalone (a line holding only
/// a section tag, comment, partial or block, whose whitespace and newline vanish), the indentation
/// of partials and blocks, the text ignored inside `{{<parent}}`, and the same errors at the same places.
struct MustacheParser {
    typealias Reason = MustacheSyntaxError.Reason

    /// What the parser knows at a point of the template (swift-mustache's `ParserState`).
    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        /// Inside `{{<parent}}…{{/parent}}`, and directly inside it (where `{{$block}}` replaces a block).
        var inPartialDefinition = false
        var atPartialDefinitionTop = false
        var startDelimiter = "{{"
        var endDelimiter = "}}"
        var partialDefinitionIndent: String?

        func section(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.atPartialDefinitionTop = false
            if !newLine { state.newLine = false }
            return state
        }

        func inheriting(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.inPartialDefinition = true
            state.atPartialDefinitionTop = true
            return state
        }
    }

    /// The nodes parsed so far at one level, with the whitespace read at the start of the line.
    struct Level {
        var nodes: [MustacheNode] = []
        var state: State
        var whitespaceBefore = ""

        mutating func flushWhitespace() {
            if !whitespaceBefore.isEmpty { nodes.append(.text(Array(whitespaceBefore.utf8))) }
            whitespaceBefore = ""
        }
    }

    var scanner: MustacheScanner

    /// Parses a whole template.
    static func parse(_ text: String) throws(MustacheSyntaxError) -> [MustacheNode] {
        var parser = MustacheParser(scanner: MustacheScanner(text))
        do {
            return try parser.parse(State())
        } catch {
            let context = parser.scanner.context
            throw MustacheSyntaxError(reason: error, line: context.line, lineNumber: context.lineNumber, column: context.column)
        }
    }

    /// Parses up to the end of the template, or of the section `state` is in (its `{{/name}}` read).
    mutating func parse(_ state: State) throws(Reason) -> [MustacheNode] {
        var level = Level(state: state)
        while !scanner.reachedEnd {
            if level.state.newLine { readIndentation(&level) }
            let text = try readText(level.state)
            if scanner.current.isNewline {
                level.nodes.append(.text(Array((level.whitespaceBefore + text + String(scanner.current)).utf8)))
                level.state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                level.nodes.append(.text(Array((level.whitespaceBefore + text).utf8)))
                level.whitespaceBefore = ""
                level.state.newLine = false
            }
            if scanner.reachedEnd { break }
            if scanner.current == "/" {
                try close(&level)
                return level.nodes
            }
            level.state.newLine = try tag(&level)
        }
        guard level.state.sectionName == nil else { throw .expectedSectionEnd }
        return level.nodes
    }

    /// The spaces and tabs at the start of a line (less the first line's inside `{{<parent}}`).
    private mutating func readIndentation(_ level: inout Level) {
        let whitespace = scanner.read(while: { $0 == " " || $0 == "\t" })
        guard level.state.inPartialDefinition, !level.state.atPartialDefinitionTop else {
            level.whitespaceBefore = whitespace
            return
        }
        if let indent = level.state.partialDefinitionIndent {
            level.whitespaceBefore = String(whitespace.dropFirst(indent.count))
        } else {
            level.state.partialDefinitionIndent = whitespace
        }
    }

    /// Text up to a newline (not read) or a tag's start delimiter (read).
    private mutating func readText(_ state: State) throws(Reason) -> String {
        guard let first = state.startDelimiter.first else { return "" }
        var text = ""
        while !scanner.reachedEnd {
            text += try scanner.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == first }, throwOnOverflow: false)
            if scanner.current.isNewline { break }
            if scanner.current == first {
                if try scanner.read(string: state.startDelimiter) { break }
                text.append(first)
                scanner.advance()
            }
        }
        return text
    }

    /// `{{/name}}`: must close the section open.
    private mutating func close(_ level: inout Level) throws(Reason) {
        scanner.advance()
        let position = scanner.position
        let (name, transforms) = try parseName(level.state)
        guard name == level.state.sectionName, transforms == level.state.sectionTransforms else {
            scanner.position = position
            throw .sectionCloseNameIncorrect
        }
        if !isStandalone(level.state) { level.flushWhitespace() }
    }

    /// A line that holds only this tag (and spaces): its end is read, and true returned.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd { return true }
        var ahead = scanner
        ahead.read(while: { $0 == " " || $0 == "\t" })
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner.position = ahead.position
        return true
    }
}
