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
        var lineNumber = 1
        var yamlLines: [Substring] = []
        var index = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<lineEnd]
            lineNumber += 1
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                return .success(Parts(
                    yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2,
                    body: text[bodyStart...], bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        return .failure(Diagnostic(.pageFrontMatterUnterminated(), at: file.location(line: 1, column: 1), excerpt: file.line(1)))
    }
}
