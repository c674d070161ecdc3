/// The tags, one function each, as swift-mustache reads them. Each returns whether the tag stood
/// alone on its line (the next line then starts afresh).
extension MustacheParser {
    /// The tag whose start delimiter was just read; `{{/…}}` is read by `close`.
    mutating func tag(_ level: inout Level) throws(Reason) -> Bool {
        let start = scanner.position - level.state.startDelimiter.count
        switch scanner.current {
        case "#", "^":
            return try section(&level, inverted: scanner.current == "^")
        case "!":
            scanner.advance()
            try scanner.skip(past: level.state.endDelimiter)
            return isStandalone(level.state)
        case "{", "&":
            let triple = scanner.current == "{"
            level.flushWhitespace()
            scanner.advance()
            let (name, transforms) = try parseName(level.state)
            if triple { guard try scanner.read("}") else { throw .unfinishedName } }
            level.nodes.append(.variable(MustacheName(name, transforms: transforms), escaped: false))
            return false
        case ">":
            return try partial(&level, tag: start)
        case "<":
            return try parent(&level, tag: start)
        case "$":
            return try block(&level, tag: start)
        case "=":
            scanner.advance()
            level.state = try delimiters(level.state)
            return isStandalone(level.state)
        case "%":
            scanner.advance()
            level.nodes.append(.contentType(try configVariable(level.state)))
            return isStandalone(level.state)
        default:
            level.flushWhitespace()
            let (name, transforms) = try parseName(level.state)
            level.nodes.append(.variable(MustacheName(name, transforms: transforms), escaped: true))
            return false
        }
    }

    private mutating func section(_ level: inout Level, inverted: Bool) throws(Reason) -> Bool {
        scanner.advance()
        let (name, transforms) = try parseName(level.state)
        let standalone = isStandalone(level.state)
        if !standalone { level.flushWhitespace() }
        let body = try parse(level.state.section(name, newLine: standalone, transforms: transforms))
        level.nodes.append(.section(MustacheName(name, transforms: transforms), body, inverted: inverted))
        return standalone
    }

    /// `{{>name}}` or `{{>*name}}`, whose tag starts at `tag`.
    private mutating func partial(_ level: inout Level, tag: Int) throws(Reason) -> Bool {
        scanner.advance()
        scanner.read(while: \.isWhitespace)
        var dynamic = false
        if scanner.current == "*" {
            scanner.advance()
            dynamic = true
        }
        let name = try parsePartialName(level.state)
        let whitespace = level.whitespaceBefore
        if !whitespace.isEmpty { level.nodes.append(.text(Array(whitespace.utf8))) }
        let standalone = isStandalone(level.state)
        let indentation = standalone ? Array(whitespace.utf8) : nil
        level.nodes.append(.partial(name: name, indentation: indentation, overrides: nil, dynamic: dynamic, tag: tag))
        level.whitespaceBefore = ""
        return standalone
    }

    /// `{{<parent}}…{{/parent}}`: only `{{$block}}` replacements (and text, which is dropped) inside.
    private mutating func parent(_ level: inout Level, tag: Int) throws(Reason) -> Bool {
        scanner.advance()
        scanner.read(while: \.isWhitespace)
        let sectionName = try parsePartialName(level.state)
        let dynamic = sectionName.first == "*"
        let name = dynamic ? String(sectionName.dropFirst()) : sectionName
        let whitespace = level.whitespaceBefore
        if !whitespace.isEmpty { level.nodes.append(.text(Array(whitespace.utf8))) }
        let standalone = isStandalone(level.state)
        var overrides: [String: [MustacheNode]] = [:]
        for node in try parse(level.state.inheriting(sectionName)) {
            switch node {
            case .blockDefinition(let name, let body): overrides[name] = body
            case .text: continue
            default: throw .illegalTokenInsideInheritSection
            }
        }
        level.nodes.append(.partial(name: name, indentation: Array(whitespace.utf8), overrides: overrides, dynamic: dynamic, tag: tag))
        level.whitespaceBefore = ""
        return standalone
    }

    /// `{{$name}}…{{/name}}`: a replacement directly inside `{{<parent}}`, a block elsewhere.
    private mutating func block(_ level: inout Level, tag: Int) throws(Reason) -> Bool {
        scanner.advance()
        let (name, transforms) = try parseName(level.state)
        guard transforms.isEmpty else { throw .transformAppliedToInheritanceSection }
        if level.state.atPartialDefinitionTop {
            let standalone = isStandalone(level.state)
            let body = try parse(level.state.section(name, newLine: standalone))
            level.nodes.append(.blockDefinition(name: name, body))
            return standalone
        }
        let whitespace = level.whitespaceBefore
        if !whitespace.isEmpty { level.nodes.append(.text(Array(whitespace.utf8))) }
        let standalone = isStandalone(level.state)
        let body = try parse(level.state.section(name, newLine: standalone))
        level.nodes.append(.block(name: name, default: body, indentation: Array(whitespace.utf8), tag: tag))
        level.whitespaceBefore = ""
        return standalone
    }
}
