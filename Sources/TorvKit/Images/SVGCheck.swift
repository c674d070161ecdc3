/// SVG files are copied as they are, so they must not carry scripts: a `<script>` element or an
/// event attribute (`onload=`, `onclick=` …) would run in the reader's browser when the file is opened.
enum SVGCheck {
    /// Each script found, with its 1-based line and column (columns in bytes, as SVG files are ASCII markup).
    static func scripts(in bytes: [UInt8]) -> [(what: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        var line = 1
        var lineStart = 0
        var inTag = false
        var quote: UInt8?
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            if let q = quote {
                if byte == q { quote = nil }
            } else if byte == UInt8(ascii: "<") {
                inTag = true
                if matches(bytes, at: i + 1, "script") { found.append(("<script>", line, i - lineStart + 1)) }
            } else if inTag && byte == UInt8(ascii: ">") {
                inTag = false
            } else if inTag && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) {
                quote = byte
            } else if inTag, isSpace(byte), i + 3 < bytes.count, lower(bytes[i + 1]) == UInt8(ascii: "o"), lower(bytes[i + 2]) == UInt8(ascii: "n") {
                var j = i + 3
                while j < bytes.count, isLetter(bytes[j]) { j += 1 }
                var k = j
                while k < bytes.count, isSpace(bytes[k]) { k += 1 }
                if j > i + 3, k < bytes.count, bytes[k] == UInt8(ascii: "=") {
                    let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self).lowercased()
                    found.append((name, line, i + 1 - lineStart + 1))
                }
            }
            i += 1
        }
        return found
    }

    private static func matches(_ bytes: [UInt8], at start: Int, _ word: String) -> Bool {
        let word = Array(word.utf8)
        guard start + word.count <= bytes.count else { return false }
        for (offset, letter) in word.enumerated() where lower(bytes[start + offset]) != letter { return false }
        let next = start + word.count
        return next == bytes.count || !isLetter(bytes[next])
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
}
