/// Markdown that looks meant but does nothing, caught before readers see it as plain text.
/// Works on UTF-8 bytes: it runs for every page of every build.
enum MarkdownLint {
    static func check(_ page: PageSource) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var inFence = false
        var lineNumber = page.bodyFirstLine - 1
        var rest = page.body.utf8[...]
        while !rest.isEmpty {
            lineNumber += 1
            let end = rest.firstIndex(of: 0x0A) ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            let trimmed = line.drop { $0 == 0x20 }
            if trimmed.starts(with: "```".utf8) || trimmed.starts(with: "~~~".utf8) {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            let hashes = trimmed.prefix { $0 == UInt8(ascii: "#") }.count
            if (1...6).contains(hashes), let next = trimmed.dropFirst(hashes).first, next != 0x20, next != UInt8(ascii: "#") {
                let text = String(decoding: line, as: UTF8.self)
                let marks = String(repeating: "#", count: hashes)
                diagnostics.append(.warning(
                    "heading-no-space", at: page.file.location(line: lineNumber, column: 1),
                    "this line starts with `\(marks)` but is not a heading, because a space is missing",
                    hint: "write `\(marks) \(String(decoding: trimmed.dropFirst(hashes), as: UTF8.self))`", excerpt: text))
            }
            guard line.contains(UInt8(ascii: "]")) else { continue }
            let bytes = Array(line)
            for (pattern, message, hint) in [
                ("](lang: ", "`(lang: …)` with a space is not understood and shows as text", "remove the space: `(lang:da)`"),
                ("] (", "`] (` with a space is not a link; the text shows as written", "remove the space between `]` and `(`"),
            ] {
                guard let offset = Bytes.find(Array(pattern.utf8), in: bytes) else { continue }
                if pattern == "] (" {
                    let after = String(decoding: bytes[(offset + 3)...], as: UTF8.self)
                    guard after.contains(".md") || after.hasPrefix("http") else { continue }
                }
                let column = page.file.characterColumn(line: lineNumber, byteColumn: offset + 2)
                diagnostics.append(.warning(
                    "link-not-recognised", at: page.file.location(line: lineNumber, column: column), message, hint: hint,
                    excerpt: String(decoding: line, as: UTF8.self)))
            }
        }
        return diagnostics
    }
}
