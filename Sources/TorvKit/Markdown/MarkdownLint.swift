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
                let rest = String(decoding: trimmed.dropFirst(hashes), as: UTF8.self)
                diagnostics.append(Diagnostic(
                    .headingNoSpace(marks: marks, rest: rest), at: page.file.location(line: lineNumber, column: 1), excerpt: text))
            }
            guard line.contains(UInt8(ascii: "]")) else { continue }
            let bytes = Array(line)
            for (pattern, message) in [("](lang: ", Message.langSpanWithSpace()), ("] (", Message.linkWithSpace())] {
                guard let offset = Bytes.find(Array(pattern.utf8), in: bytes) else { continue }
                if pattern == "] (" {
                    let after = String(decoding: bytes[(offset + 3)...], as: UTF8.self)
                    guard after.contains(".md") || after.hasPrefix("http") else { continue }
                }
                let column = page.file.characterColumn(line: lineNumber, byteColumn: offset + 2)
                diagnostics.append(Diagnostic(
                    message, at: page.file.location(line: lineNumber, column: column), excerpt: String(decoding: line, as: UTF8.self)))
            }
        }
        return diagnostics
    }
}
