/// Plain language: LIX readability (words per sentence + 100 × share of words over 6 letters) and
/// very long sentences, from the text of a page as readers see it (Markdown markup removed).
public enum Readability {
    /// A sentence longer than this is reported to the editor.
    public static let longSentenceWords = 30

    public struct Report: Sendable {
        public var words: Int
        public var sentences: Int
        public var longWords: Int
        public var longSentences: [(line: Int, words: Int)]

        public var lix: Int {
            guard words > 0, sentences > 0 else { return 0 }
            return Int((Double(words) / Double(sentences) + 100 * Double(longWords) / Double(words)).rounded())
        }

        /// The usual Danish reading of a LIX figure.
        public static func band(_ lix: Int) -> String {
            switch lix {
            case ..<25: return "meget let / very easy"
            case 25..<35: return "let / easy"
            case 35..<45: return "middel / medium"
            case 45..<55: return "svær / hard"
            default: return "meget svær / very hard"
            }
        }
    }

    /// Analyses Markdown text; `firstLine` is the file line of the text's first line. Works on
    /// UTF-8 bytes (it runs for every page of every build).
    public static func analyse(markdown: some StringProtocol, firstLine: Int = 1) -> Report {
        var report = Report(words: 0, sentences: 0, longWords: 0, longSentences: [])
        var sentenceWords = 0
        var sentenceLine = firstLine
        func endSentence() {
            if sentenceWords > 0 {
                report.sentences += 1
                if sentenceWords > longSentenceWords { report.longSentences.append((sentenceLine, sentenceWords)) }
            }
            sentenceWords = 0
        }
        var lineNumber = firstLine - 1
        let bytes = Array(markdown.utf8)
        var plain: [UInt8] = []
        plain.reserveCapacity(512)
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<lineEnd]
            start = lineEnd == bytes.count ? lineEnd : lineEnd + 1
            let trimmed = line.drop { $0 == 0x20 }
            let first = trimmed.first
            // Headings, list items and blank lines end a sentence even without a full stop.
            let isHeading = first == UInt8(ascii: "#")
            let isItem = (first == UInt8(ascii: "-") || first == UInt8(ascii: "*")) && trimmed.dropFirst().first == 0x20
            let isNumbered = first.map { $0 >= 0x30 && $0 <= 0x39 } == true
            if trimmed.isEmpty || isHeading || isItem || isNumbered { endSentence() }
            plainText(line, into: &plain)
            tokens(in: plain) { letters, endsSentence in
                if letters > 0 {
                    if sentenceWords == 0 { sentenceLine = lineNumber }
                    report.words += 1
                    sentenceWords += 1
                    if letters > 6 { report.longWords += 1 }
                }
                if endsSentence { endSentence() }
            }
            if isHeading { endSentence() }
        }
        endSentence()
        return report
    }

    /// Calls `body` for each space-separated token with its number of letters and whether it ends a sentence.
    static func tokens(in bytes: [UInt8], _ body: (Int, Bool) -> Void) {
        var letters = 0
        var lastMark: UInt32 = 0  // the last scalar that is not a closing mark
        var inToken = false
        var i = 0
        func finish() {
            if inToken {
                let ends = lastMark == 0x2E || lastMark == 0x21 || lastMark == 0x3F || lastMark == 0x3A
                body(letters, ends)
            }
            letters = 0
            lastMark = 0
            inToken = false
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 {
                finish()
                i += 1
                continue
            }
            inToken = true
            var scalar = UInt32(b)
            var width = 1
            if b >= 0xC0 {
                width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                scalar = UInt32(b) & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F)
                for k in 1..<width where i + k < bytes.count { scalar = (scalar << 6) | (UInt32(bytes[i + k]) & 0x3F) }
            }
            if (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A) {
                letters += 1
            } else if (scalar >= 0xC0 && scalar <= 0x24F && scalar != 0xD7 && scalar != 0xF7) {
                letters += 1  // Latin letters with accents (æ, ø, å, é, ü …), without asking Unicode's tables
            } else if scalar >= 0x80, let s = Unicode.Scalar(scalar), s.properties.isAlphabetic {
                letters += 1
            }
            switch scalar {
            case 0x22, 0x27, 0x29, 0x5D, 0x2A, 0x5F, 0xBB, 0xAB, 0x201D: break  // " ' ) ] * _ » « ”
            default: lastMark = scalar
            }
            i += width
        }
        finish()
    }

    /// A Markdown line without link targets, heading ids and markup characters, as UTF-8 bytes,
    /// written into `out` (which is emptied first, and reused line after line).
    static func plainText(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let c = bytes[i]
            let next = i + 1 < bytes.endIndex ? bytes[i + 1] : 0x20
            if (c == UInt8(ascii: "]") && next == UInt8(ascii: "(")) || (c == UInt8(ascii: "{") && next == UInt8(ascii: "#")) {
                let close = c == UInt8(ascii: "]") ? UInt8(ascii: ")") : UInt8(ascii: "}")
                if let end = bytes[(i + 1)...].firstIndex(of: close) { i = end + 1; continue }
            }
            switch c {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "`"), UInt8(ascii: ">"): break
            default: out.append(c)
            }
            i += 1
        }
    }

    public struct PageFigure: Sendable {
        public var path: String
        public var language: String
        public var report: Report
    }

    /// LIX and long sentences for every page, hardest first (for `torv readability`).
    public static func figures(_ options: BuildOptions) -> (figures: [PageFigure], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let content = ContentLoader.load(from: ContentDirectory(root: options.content), diagnostics: &diagnostics) else {
            return ([], diagnostics)
        }
        let figures = content.pages.map {
            PageFigure(path: $0.file.path, language: $0.language, report: analyse(markdown: $0.body, firstLine: $0.bodyFirstLine))
        }
        return (figures.sorted { ($0.report.lix, $1.path) > ($1.report.lix, $0.path) }, diagnostics)
    }

    /// Warnings for very long sentences on a page.
    static func check(_ page: PageSource, diagnostics: inout [Diagnostic]) {
        let report = analyse(markdown: page.body, firstLine: page.bodyFirstLine)
        guard let first = report.longSentences.first else { return }
        diagnostics.append(Diagnostic(
            .longSentences(report.longSentences, limit: longSentenceWords), at: page.file.location(line: first.line, column: 1)))
    }
}
