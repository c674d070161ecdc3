/// Names inside tags, delimiter changes and `{{% CONTENT_TYPE: … }}`, as swift-mustache reads them.
extension MustacheParser {
    static let nameCharacters = NameCharacters("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let nameCharactersWithCalls = NameCharacters("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()")
    static let partialNameCharacters = NameCharacters("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()/")

    /// A set of ASCII characters, looked up by byte (a character of more than one byte, such as
    /// "\r\n" or a letter with a combining mark, is never in it).
    struct NameCharacters: Sendable {
        private let table: [Bool]

        init(_ characters: String) {
            var table = Array(repeating: false, count: 128)
            for byte in characters.utf8 { table[Int(byte)] = true }
            self.table = table
        }

        func contains(_ character: Character) -> Bool {
            let utf8 = character.utf8
            guard utf8.count == 1, let byte = utf8.first, byte < 0x80 else { return false }
            return table[Int(byte)]
        }
    }

    /// A name up to the end delimiter: `a.b`, or `t1(t2(a.b))` (returned as `a.b`, `[t1, t2]`).
    mutating func parseName(_ state: State) throws(Reason) -> (String, [String]) {
        scanner.read(while: \.isWhitespace)
        let text = scanner.read(while: { Self.nameCharactersWithCalls.contains($0) })
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw .unfinishedName }
        var name = MustacheScanner(text)
        let first = name.read(while: { Self.nameCharacters.contains($0) })
        if name.reachedEnd { return (text, []) }
        guard name.current == "(" else { throw .unfinishedName }
        name.advance()
        var transforms = [first]
        while true {
            let part = name.read(while: { Self.nameCharacters.contains($0) })
            switch name.current {
            case ")":
                name.advance()
                let closing = name.read(while: { $0 == ")" }).count
                guard closing + 1 == transforms.count, name.reachedEnd else { throw .unfinishedName }
                return (part, transforms)
            case "(":
                name.advance()
                transforms.append(part)
            default:
                throw .unfinishedName
            }
        }
    }

    mutating func parsePartialName(_ state: State) throws(Reason) -> String {
        scanner.read(while: \.isWhitespace)
        let text = scanner.read(while: { Self.partialNameCharacters.contains($0) })
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw .unfinishedName }
        return text
    }

    /// `{{=<% %>=}}`: the state with the new delimiters.
    mutating func delimiters(_ state: State) throws(Reason) -> State {
        let start: String, end: String
        do {
            scanner.read(while: \.isWhitespace)
            start = try scanner.read(until: \.isWhitespace)
            scanner.read(while: \.isWhitespace)
            end = try scanner.read(until: { $0 == "=" || $0.isWhitespace })
            scanner.read(while: \.isWhitespace)
        } catch {
            throw .invalidSetDelimiter
        }
        guard try scanner.read("=") else { throw .invalidSetDelimiter }
        guard try scanner.read(string: state.endDelimiter) else { throw .invalidSetDelimiter }
        guard !start.isEmpty, !end.isEmpty else { throw .invalidSetDelimiter }
        var state = state
        state.startDelimiter = start
        state.endDelimiter = end
        state.atPartialDefinitionTop = false
        return state
    }

    /// `{{% CONTENT_TYPE: name }}`, the only setting there is.
    mutating func configVariable(_ state: State) throws(Reason) -> MustacheEscaping {
        let variable: String, value: String
        do {
            scanner.read(while: \.isWhitespace)
            variable = scanner.read(while: { Self.nameCharacters.contains($0) })
            scanner.read(while: \.isWhitespace)
            guard try scanner.read(":") else { throw Reason.invalidConfigVariableSyntax }
            scanner.read(while: \.isWhitespace)
            value = scanner.read(while: { Self.nameCharacters.contains($0) })
            scanner.read(while: \.isWhitespace)
            guard try scanner.read(string: state.endDelimiter) else { throw Reason.invalidConfigVariableSyntax }
        } catch {
            throw .invalidConfigVariableSyntax
        }
        guard !variable.isEmpty, !value.isEmpty else { throw .invalidConfigVariableSyntax }
        guard variable == "CONTENT_TYPE", let escaping = MustacheEscaping(name: value) else { throw .unrecognisedConfigVariable }
        return escaping
    }
}
