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
        let utf8 = text.utf8
        let yamlStart = utf8.index(utf8.startIndex, offsetBy: 4, limitedBy: utf8.endIndex) ?? utf8.endIndex
        var lineNumber = 1
        var index = yamlStart
        while index < utf8.endIndex {
            let lineEnd = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = utf8[index..<lineEnd]
            lineNumber += 1
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
                // The YAML is the lines between, without the line end before the closing line.
                let yamlEnd = index > yamlStart ? utf8.index(before: index) : yamlStart
                return .success(Parts(
                    yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2,
                    body: text[bodyStart...], bodyFirstLine: lineNumber + 1))
            }
            index = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
        }
        return .failure(Diagnostic(.pageFrontMatterUnterminated(), at: file.location(line: 1, column: 1), excerpt: file.line(1)))
    }
}
