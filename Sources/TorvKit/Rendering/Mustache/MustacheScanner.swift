/// Reads a template Character by Character, as swift-mustache's parser reads it (the same grapheme
/// clusters, the same `isNewline` and `isWhitespace`), so that Torv's parser finds the same tags,
/// the same standalone lines and the same errors at the same places.
struct MustacheScanner {
    let characters: [Character]
    /// The text, and where each character starts in its UTF-8 (and where the text ends), so that
    /// a run of characters is copied out of the text at once.
    private let text: String
    private let offsets: [Int]
    var position = 0

    init(_ text: String) {
        self.text = text
        var characters: [Character] = [], offsets: [Int] = []
        characters.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for character in text {
            characters.append(character)
            offsets.append(offset)
            offset += character.utf8.count
        }
        offsets.append(offset)
        self.characters = characters
        self.offsets = offsets
    }

    /// The characters `start..<end` as a `String`.
    func string(_ start: Int, _ end: Int) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: offsets[start]), to = utf8.index(utf8.startIndex, offsetBy: offsets[end])
        return String(text[from..<to])
    }

    var reachedEnd: Bool { position == characters.count }
    /// The current character, or NUL at the end.
    var current: Character { reachedEnd ? "\0" : characters[position] }

    mutating func advance() { position += 1 }
    mutating func retreat() { position -= 1 }

    /// Reads `character` if it is next; at the end, overflow.
    mutating func read(_ character: Character) throws(MustacheSyntaxError.Reason) -> Bool {
        guard !reachedEnd else { throw .overflow }
        guard characters[position] == character else { return false }
        position += 1
        return true
    }

    /// Reads `string` if it comes next; overflow when fewer characters than it are left.
    mutating func read(string: String) throws(MustacheSyntaxError.Reason) -> Bool {
        let wanted = Array(string)
        guard !wanted.isEmpty else { return true }
        guard characters.count - position >= wanted.count else { throw .overflow }
        guard characters[position..<position + wanted.count].elementsEqual(wanted) else { return false }
        position += wanted.count
        return true
    }

    @discardableResult
    mutating func read(while test: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, test(characters[position]) { position += 1 }
        return string(start, position)
    }

    /// Reads up to the first character passing `test` (not included); at the end, overflow and back
    /// where it started, unless `throwOnOverflow` is false.
    @discardableResult
    mutating func read(until test: (Character) -> Bool, throwOnOverflow: Bool = true) throws(MustacheSyntaxError.Reason) -> String {
        let start = position
        while !reachedEnd {
            if test(characters[position]) { return string(start, position) }
            position += 1
        }
        if throwOnOverflow {
            position = start
            throw .overflow
        }
        return string(start, position)
    }

    /// Skips past the next `string` (swift-mustache's matching, which does not restart a partial
    /// match on the character that broke it); at the end, overflow and back where it started.
    mutating func skip(past string: String) throws(MustacheSyntaxError.Reason) {
        let wanted = Array(string)
        guard !wanted.isEmpty else { return }
        let start = position
        var matched = 0
        while !reachedEnd {
            if characters[position] == wanted[matched] {
                matched += 1
                if matched == wanted.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw .overflow
    }

    /// The line the position is on, its number and the column (counted as swift-mustache counts them).
    var context: (line: String, lineNumber: Int, column: Int) {
        var back = position, column = 0
        while back > 0 {
            back -= 1
            if characters[back] == "\n" { break }
            column += 1
        }
        if back < characters.count, characters[back] == "\n" { back += 1 }
        var end = back
        while end < characters.count, characters[end] != "\n" { end += 1 }
        // swift-mustache counts the characters of the newlines put together, where a "\r" and a "\n"
        // from different places make one "\r\n".
        let lineNumber = String(characters[0..<position].filter(\.isNewline)).count + 1
        return (String(characters[back..<end]), lineNumber, column + 1)
    }
}
