/// Markdown that looks meant but does nothing, caught before readers see it as plain text.
/// Reads the UTF-8 bytes where they are: it runs for every page of every build.
enum MarkdownLint {
    /// Kept out of line (once per page) so that profiles show what the lint costs.
    @inline(never)
    static func check(_ page: PageSource) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) in lint(bytes, page: page, into: &diagnostics) }
        if page.body.utf8.withContiguousStorageIfAvailable(scan) == nil {
            Array(page.body.utf8).withUnsafeBufferPointer(scan)
        }
        return diagnostics
    }

    private static let langWithSpace = Array("](lang: ".utf8)
    private static let linkWithSpace = Array("] (".utf8)

    /// The body's lines, outside fenced code blocks: headings without a space, links with one.
    private static func lint(_ bytes: UnsafeBufferPointer<UInt8>, page: PageSource, into diagnostics: inout [Diagnostic]) {
        var inFence = false
        var lineNumber = page.bodyFirstLine - 1
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            let end = Bytes.index(of: 0x0A, in: bytes, from: start) ?? bytes.count
            let bracket = Bytes.index(of: UInt8(ascii: "]"), in: bytes, from: start, to: end) != nil
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            var first = 0
            while first < line.count && line[first] == 0x20 { first += 1 }
            if isFence(line, at: first) {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if let diagnostic = headingWithoutSpace(line, at: first, lineNumber: lineNumber, page: page) { diagnostics.append(diagnostic) }
            if bracket { linksWithSpace(line, lineNumber: lineNumber, page: page, into: &diagnostics) }
        }
    }

    /// "```" or "~~~" at `first`.
    private static func isFence(_ line: UnsafeBufferPointer<UInt8>, at first: Int) -> Bool {
        guard first + 3 <= line.count else { return false }
        let mark = line[first]
        return (mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~")) && line[first + 1] == mark && line[first + 2] == mark
    }

    /// `#Heading`: one to six `#` at `first`, then not a space.
    private static func headingWithoutSpace(
        _ line: UnsafeBufferPointer<UInt8>, at first: Int, lineNumber: Int, page: PageSource
    ) -> Diagnostic? {
        var after = first
        while after < line.count && line[after] == UInt8(ascii: "#") { after += 1 }
        let hashes = after - first
        guard (1...6).contains(hashes), after < line.count, line[after] != 0x20 else { return nil }
        let marks = String(repeating: "#", count: hashes)
        let rest = String(decoding: UnsafeBufferPointer(rebasing: line[after...]), as: UTF8.self)
        return Diagnostic(
            .headingNoSpace(marks: marks, rest: rest), at: page.file.location(line: lineNumber, column: 1),
            excerpt: String(decoding: line, as: UTF8.self))
    }

    /// `](lang: …)` and `] (` before a page or web address: the first of each on the line.
    private static func linksWithSpace(
        _ line: UnsafeBufferPointer<UInt8>, lineNumber: Int, page: PageSource, into diagnostics: inout [Diagnostic]
    ) {
        func report(_ message: Message, at offset: Int) {
            let column = page.file.characterColumn(line: lineNumber, byteColumn: offset + 2)
            diagnostics.append(Diagnostic(
                message, at: page.file.location(line: lineNumber, column: column), excerpt: String(decoding: line, as: UTF8.self)))
        }
        if let offset = Bytes.find(langWithSpace, in: line) { report(.langSpanWithSpace(), at: offset) }
        if let offset = Bytes.find(linkWithSpace, in: line), looksLikeAddress(UnsafeBufferPointer(rebasing: line[(offset + 3)...])) {
            report(.linkWithSpace(), at: offset)
        }
    }

    /// Whether the text after `] (` holds `.md` or starts with `http`. Text outside ASCII is asked as a
    /// `String` (whose `Character`s may join a mark to the letter before it).
    private static func looksLikeAddress(_ after: UnsafeBufferPointer<UInt8>) -> Bool {
        guard after.allSatisfy({ $0 < 0x80 }) else {
            let after = String(decoding: after, as: UTF8.self)
            return after.contains(".md") || after.hasPrefix("http")
        }
        return Bytes.find(markdownExtension, in: after) != nil || after.starts(with: http)
    }

    private static let markdownExtension = Array(".md".utf8)
    private static let http = Array("http".utf8)
}
