import Synchronization
import Yams

/// A fast reader for the commonest YAML Torv reads: a flat mapping of one-line values, as in most
/// pages' front matter (`title: "…"`, `weight: 3`, `date: 2025-01-01`). It makes the same nodes
/// as `Yams.compose` (text, style and position of every key and value), several times faster, and
/// gives up (nil) on anything else, which Yams then reads: lists, nested keys, comments, blank
/// lines, escapes, multi-line values, anchors, tags, repeated keys, control characters. So every
/// error message still comes from Yams. `FlatYAMLTests` checks it against Yams on random documents.
enum FlatYAML {
    /// One `key: value` line as read: the texts, the value's style, and where they are (the value's
    /// column counts bytes, which are all ASCII before it).
    struct Entry {
        var key: String
        var value: String
        var style: Node.Scalar.Style
        var line: Int
        var column: Int
    }

    /// The root mapping of `yaml` as Yams would make it, or nil when `yaml` is not such a simple mapping.
    static func compose(_ yaml: String) -> Node? {
        entries(yaml).flatMap(node)
    }

    /// The lines of `yaml` when it is such a simple mapping, else nil. No node is made: a page's
    /// front matter is read from these (`YAMLMapping`), nodes only when something asks for one.
    static func entries(_ yaml: String) -> [Entry]? {
        var yaml = yaml
        return yaml.withUTF8 { entries(bytes: $0) }
    }

    /// The most lines read: front matter has a few. (Each new line's mark is taken once from a Yams
    /// document that many lines long, so a long file is cheaper for Yams itself.)
    static let maximumLines = 64

    private static func entries(bytes: UnsafeBufferPointer<UInt8>) -> [Entry]? {
        var entries: [Entry] = []
        entries.reserveCapacity(8)
        var keys = KeySet()
        var start = 0
        var line = 1
        while start < bytes.count {
            guard line <= maximumLines else { return nil }
            let end = Bytes.index(of: UInt8(ascii: "\n"), in: bytes, from: start) ?? bytes.count
            // A repeated key is left to Yams, which reports it.
            guard let (key, value) = pair(bytes, start, end, line: line), value.column <= YAMLMarks.maximumColumn,
                  keys.insert(key.string)
            else { return nil }
            entries.append(Entry(key: key.string, value: value.string, style: value.style, line: line, column: value.column))
            start = end + 1
            line += 1
        }
        return entries.isEmpty ? nil : entries
    }

    /// The root mapping Yams makes of these lines.
    static func node(_ entries: [Entry]) -> Node? {
        var pairs: [(Node, Node)] = []
        pairs.reserveCapacity(entries.count)
        for entry in entries {
            guard let key = keyNode(entry), let value = valueNode(entry) else { return nil }
            pairs.append((key, value))
        }
        guard let mark = YAMLMarks.mark(line: 1, column: 1) else { return nil }
        return .mapping(Node.Mapping(pairs, Tag(.implicit, .basic, YAMLDocument.constructor), .any, mark))
    }

    // Tags as Yams makes them: unresolved, each its own (a tag is resolved in place when asked).

    static func keyNode(_ entry: Entry) -> Node? {
        YAMLMarks.mark(line: entry.line, column: 1).map {
            .scalar(Node.Scalar(entry.key, Tag(.implicit, .basic, YAMLDocument.constructor), .plain, $0))
        }
    }

    static func valueNode(_ entry: Entry) -> Node? {
        YAMLMarks.mark(line: entry.line, column: entry.column).map {
            .scalar(Node.Scalar(entry.value, Tag(.implicit, .basic, YAMLDocument.constructor), entry.style, $0))
        }
    }

    /// The keys seen: a short list (front matter has a few), a set once there are many.
    private struct KeySet {
        var list: [String] = []
        var set: Set<String> = []

        /// False when `key` was already there.
        mutating func insert(_ key: String) -> Bool {
            if set.isEmpty && list.count < 16 {
                if list.contains(key) { return false }
                list.append(key)
                return true
            }
            if set.isEmpty { set = Set(list) }
            return set.insert(key).inserted
        }
    }

    private struct Value {
        var string: String
        var style: Node.Scalar.Style
        var column: Int
    }

    /// One `key: value` line (bytes `start..<end`), or nil when it is anything else.
    private static func pair(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> (key: Value, value: Value)? {
        guard isPlainLine(bytes, start, end) else { return nil }
        var index = start
        guard index < end, isKeyStart(bytes[index]) else { return nil }
        while index < end, isKeyByte(bytes[index]) { index += 1 }
        let keyEnd = index
        guard keyEnd - start <= 128, index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        guard index < end, bytes[index] == UInt8(ascii: " ") else { return nil }
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end, let value = value(bytes, index, end) else { return nil }
        // Everything before the value is ASCII, so its column is its byte offset.
        let key = Value(string: text(bytes, start, keyEnd), style: .plain, column: 1)
        return (key, Value(string: value.string, style: value.style, column: index - start + 1))
    }

    /// The value from `start` to the line's end: quoted without escapes, or plain.
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (string: String, style: Node.Scalar.Style)? {
        let first = bytes[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard let close = Bytes.index(of: first, in: bytes, from: start + 1), close < end else { return nil }
            // An escape (`\` in double quotes, `''` in single quotes) is left to Yams.
            if first == UInt8(ascii: "\""), Bytes.index(of: UInt8(ascii: "\\"), in: bytes, from: start + 1).map({ $0 < close }) ?? false {
                return nil
            }
            for index in (close + 1)..<end where bytes[index] != UInt8(ascii: " ") { return nil }
            return (text(bytes, start + 1, close), first == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted)
        }
        guard !isIndicator(first) else { return nil }
        var last = end
        while last > start, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
        // A comment, a nested `key: value` or a trailing `:` is left to Yams.
        guard bytes[last - 1] != UInt8(ascii: ":") else { return nil }
        for index in start..<(last - 1) {
            let byte = bytes[index], next = bytes[index + 1]
            if byte == UInt8(ascii: ":") && next == UInt8(ascii: " ") { return nil }
            if byte == UInt8(ascii: " ") && next == UInt8(ascii: "#") { return nil }
        }
        return (text(bytes, start, last), .plain)
    }

    /// No control characters (tabs and carriage returns included), no line or paragraph separators,
    /// no byte order mark and no U+FFFE or U+FFFF: characters YAML treats specially or refuses.
    private static func isPlainLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return false }
            if byte >= 0x80 {
                let next = index + 1 < end ? bytes[index + 1] : 0
                let third = index + 2 < end ? bytes[index + 2] : 0
                if byte == 0xC2 && next < 0xA0 { return false }
                if byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
                if byte == 0xEF && ((next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE)) { return false }
            }
            index += 1
        }
        return true
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// Characters that give a plain value another meaning at its start.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            true
        default:
            false
        }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

/// Positions for nodes made outside Yams (`FlatYAML`). Yams's `Mark` has no public initializer, so
/// the mark of a line and column is taken once from Yams itself, from a document of one value
/// there, and kept.
enum YAMLMarks {
    private static let known = Mutex<[Int: Mark]>([:])

    static let maximumColumn = 1_000

    static func mark(line: Int, column: Int) -> Mark? {
        guard (1...10_000).contains(line), (1...maximumColumn).contains(column) else { return nil }
        let key = line << 16 | column
        if let mark = known.withLock({ $0[key] }) { return mark }
        let yaml = String(repeating: "\n", count: line - 1) + String(repeating: " ", count: column - 1) + "x"
        guard let node = try? Yams.compose(yaml: yaml, .basic, .default, .utf8), let mark = node.mark,
              mark.line == line, mark.column == column else { return nil }
        known.withLock { $0[key] = mark }
        return mark
    }
}
