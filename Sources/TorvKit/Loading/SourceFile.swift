/// The text of one input file, decoded and normalised, with what is needed to name a line and column.
///
/// Normalisation: a UTF-8 byte-order mark is dropped; CRLF and lone CR become LF. Invalid UTF-8 and NUL
/// bytes are diagnostics (reported by `SourceFile.decode`), never crashes.
public struct SourceFile: Sendable {
    /// The path shown to users (relative to the working folder, so it can be read again).
    public let path: String
    /// The text and line index, shared by every copy; a one-off build may release it (see `SourceText`).
    private let storage: SourceText
    /// Character-count checkpoints of long lines outside ASCII, made when first needed.
    private let checkpoints = LineCheckpoints()
    static let checkpointSpacing = 1024

    public init(path: String, text: String) {
        self.path = path
        self.storage = SourceText(text)
    }

    public var text: String { storage.loaded(path: path).text }

    /// Drops the text until it is asked for again (then it is read from the file; see `SourceText`).
    func release() { storage.release() }

    /// Whether the text had to be read again and the file was no longer the one read first.
    var changedSinceRead: Bool { storage.changed }

    /// How many times the text was read again after a release (for tests).
    var rereads: Int { storage.rereads }

    /// The checkpoints of a line from `start` to `end` (byte offsets in `text`).
    private func marks(line: Int, start: Int, end: Int, text: String) -> [LineCheckpoints.Mark] {
        guard end - start > Self.checkpointSpacing else { return [] }
        return checkpoints.marks(line: line) {
            let utf8 = text.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: start), to = utf8.index(utf8.startIndex, offsetBy: end)
            var marks: [LineCheckpoints.Mark] = []
            var byte = 0, characters = 0, next = Self.checkpointSpacing
            for character in text[from..<to] {
                if byte >= next {
                    marks.append(LineCheckpoints.Mark(byte: byte, characters: characters))
                    next = byte + Self.checkpointSpacing
                }
                byte += character.utf8.count
                characters += 1
            }
            return marks
        }
    }

    /// Decodes raw bytes. Returns nil and a diagnostic when the bytes are not text Torv can read.
    public static func decode(_ bytes: [UInt8], path: String) -> (SourceFile?, Diagnostic?) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Fast path: valid UTF-8 without NUL bytes or carriage returns needs no copying byte by byte.
        if !contains(0, in: body), !contains(UInt8(ascii: "\r"), in: body), let text = String(validating: body, as: UTF8.self) {
            return (SourceFile(path: path, text: text), nil)
        }
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul - body.startIndex, in: body)
            return (nil, Diagnostic(.nulByte(), at: SourceLocation(path: path, line: line, column: column)))
        }
        if let bad = firstInvalidUTF8(body) {
            let (line, column) = position(ofByte: bad, in: body)
            return (nil, Diagnostic(.invalidUTF8(), at: SourceLocation(path: path, line: line, column: column)))
        }
        var normalised = [UInt8]()
        normalised.reserveCapacity(body.count)
        var previousWasCR = false
        for byte in body {
            if byte == UInt8(ascii: "\r") {
                normalised.append(UInt8(ascii: "\n"))
                previousWasCR = true
                continue
            }
            if byte == UInt8(ascii: "\n") && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            normalised.append(byte)
        }
        return (SourceFile(path: path, text: String(decoding: normalised, as: UTF8.self)), nil)
    }

    /// Whether `byte` occurs in `bytes` (memchr: many bytes at a time).
    private static func contains(_ byte: UInt8, in bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { Bytes.index(of: byte, in: $0, from: 0) != nil }
    }

    public var lineCount: Int { storage.loaded(path: path).lineStarts.count }

    /// The text of a 1-based line, without its line end.
    public func line(_ number: Int) -> String? {
        let loaded = storage.loaded(path: path)
        guard let (start, end) = Self.lineBounds(number, in: loaded) else { return nil }
        let text = loaded.text, utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// Byte offsets in `text` where a 1-based line starts and ends (before its line end).
    private static func lineBounds(_ number: Int, in loaded: SourceText.Loaded) -> (Int, Int)? {
        let lineStarts = loaded.lineStarts
        guard number >= 1, number <= lineStarts.count else { return nil }
        let end = number < lineStarts.count ? lineStarts[number] - 1 : loaded.text.utf8.count
        return (lineStarts[number - 1], end)
    }

    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// Converts a 1-based UTF-8 byte column on a line to a 1-based character column.
    /// Costs O(1) on an ASCII line and at most `checkpointSpacing` bytes of counting otherwise.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        let loaded = storage.loaded(path: path)
        guard let (start, end) = Self.lineBounds(line, in: loaded) else { return byteColumn }
        let target = min(max(0, byteColumn - 1), end - start)
        guard loaded.nonASCII[line - 1] else { return target + 1 }
        let text = loaded.text
        var from = LineCheckpoints.Mark(byte: 0, characters: 0)
        let marks = marks(line: line, start: start, end: end, text: text)
        if !marks.isEmpty {
            // The last checkpoint at or before the target.
            var low = 0, high = marks.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if marks[middle].byte <= target { low = middle } else { high = middle - 1 }
            }
            if marks[low].byte <= target { from = marks[low] }
        }
        if let scalars = Self.scalarCount(text, from: start + from.byte, to: start + target) {
            return from.characters + scalars + 1
        }
        let utf8 = text.utf8
        let bytes = utf8[utf8.index(utf8.startIndex, offsetBy: start + from.byte)..<utf8.index(utf8.startIndex, offsetBy: start + target)]
        return from.characters + String(decoding: bytes, as: UTF8.self).count + 1
    }

    /// How many characters the bytes `from..<to` of `text` hold, counted as scalars, when every
    /// scalar there is below U+0300 (every byte below 0xCC): no such scalar joins the one before it
    /// into one character (the combining marks start at U+0300; the text has no CR). Nil otherwise.
    static func scalarCount(_ text: String, from: Int, to: Int) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var scalars = 0
            for index in from..<to {
                let byte = bytes[index]
                if byte >= 0xCC { return nil }
                if byte & 0xC0 != 0x80 { scalars &+= 1 }
            }
            return scalars
        } ?? nil
    }

    static func position(ofByte offset: Int, in bytes: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        let target = bytes.startIndex + offset
        while index < target {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let prefix = bytes[lineStart..<target]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return (line, column)
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            let scalarStart = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return scalarStart
            }
        }
    }
}
