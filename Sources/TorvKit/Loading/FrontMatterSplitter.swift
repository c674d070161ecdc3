/// Splits a Markdown page into its YAML front matter and its body.
///
/// The front matter is the text between a first line `---` and the next line that is `---` (or `...`).
public enum FrontMatterSplitter {
    public struct Parts: Sendable, Equatable {
        public var yaml: String
        /// File line of the first YAML line (2, below the opening `---`).
        public var yamlFirstLine: Int
        public var body: Substring
        /// File line of the body's first line.
        public var bodyFirstLine: Int
    }

    public static func split(_ file: SourceFile) -> Result<Parts, Diagnostic> {
        let text = file.text
        guard text.hasPrefix("---\n") || text == "---" else {
            let firstLine = file.line(1) ?? ""
            return .failure(Diagnostic(.pageFrontMatterMissing(), at: file.location(line: 1, column: 1), excerpt: firstLine))
        }
        // Line by line on the UTF-8 bytes: a line end is always a character of its own.
        var bytes = text
        guard let (yamlEnd, bodyStart, closingLine) = bytes.withUTF8({ closing(in: $0) }) else {
            return .failure(Diagnostic(.pageFrontMatterUnterminated(), at: file.location(line: 1, column: 1), excerpt: file.line(1)))
        }
        let utf8 = text.utf8
        let yamlStart = utf8.index(utf8.startIndex, offsetBy: min(4, utf8.count))
        return .success(Parts(
            yaml: String(text[yamlStart..<utf8.index(utf8.startIndex, offsetBy: yamlEnd)]), yamlFirstLine: 2,
            body: text[utf8.index(utf8.startIndex, offsetBy: bodyStart)...], bodyFirstLine: closingLine + 1))
    }

    /// Where the YAML ends (before the line end above the closing line), where the body starts,
    /// and the closing line's number; nil when no line closes the front matter.
    private static func closing(in bytes: UnsafeBufferPointer<UInt8>) -> (yamlEnd: Int, bodyStart: Int, line: Int)? {
        let yamlStart = min(4, bytes.count)
        var lineNumber = 1
        var index = yamlStart
        while index < bytes.count {
            let lineEnd = Bytes.index(of: UInt8(ascii: "\n"), in: bytes, from: index) ?? bytes.count
            lineNumber += 1
            if lineEnd - index == 3, bytes[index] == bytes[index + 1], bytes[index] == bytes[index + 2],
               bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ".")
            {
                // The YAML is the lines between, without the line end before the closing line.
                return (index > yamlStart ? index - 1 : yamlStart, min(lineEnd + 1, bytes.count), lineNumber)
            }
            index = lineEnd + 1
        }
        return nil
    }
}
