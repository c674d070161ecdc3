/// Markdown that looks meant but does nothing, caught before readers see it as plain text.
enum MarkdownLint {
    static func check(_ page: PageSource) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var inFence = false
        var lineNumber = page.bodyFirstLine - 1
        for line in page.body.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            let location = page.file.location(line: lineNumber, column: 1)
            let hashes = trimmed.prefix { $0 == "#" }
            if (1...6).contains(hashes.count), let next = trimmed.dropFirst(hashes.count).first, next != " ", next != "#" {
                diagnostics.append(.warning(
                    "heading-no-space", at: location, "this line starts with `\(hashes)` but is not a heading, because a space is missing",
                    hint: "write `\(hashes) \(trimmed.dropFirst(hashes.count))`", excerpt: String(line)))
            }
            if let range = line.range(of: "](lang: ") {
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 2
                diagnostics.append(.warning(
                    "link-not-recognised", at: page.file.location(line: lineNumber, column: column),
                    "`(lang: …)` with a space is not understood and shows as text", hint: "remove the space: `(lang:da)`",
                    excerpt: String(line)))
            }
            if let range = line.range(of: "] ("), line[range.upperBound...].contains(".md") || line[range.upperBound...].hasPrefix("http") {
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 2
                diagnostics.append(.warning(
                    "link-not-recognised", at: page.file.location(line: lineNumber, column: column),
                    "`] (` with a space is not a link; the text shows as written",
                    hint: "remove the space between `]` and `(`", excerpt: String(line)))
            }
        }
        return diagnostics
    }
}
