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

    /// Analyses Markdown text; `firstLine` is the file line of the text's first line.
    public static func analyse(markdown: String, firstLine: Int = 1) -> Report {
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
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = plainText(rawLine)
            // Headings, list items and blank lines end a sentence even without a full stop.
            let trimmed = rawLine.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ")
                || trimmed.first?.isNumber == true && trimmed.contains(". ")
            {
                endSentence()
            }
            for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let letters = token.filter { $0.isLetter }
                if !letters.isEmpty {
                    if sentenceWords == 0 { sentenceLine = lineNumber }
                    report.words += 1
                    sentenceWords += 1
                    if letters.count > 6 { report.longWords += 1 }
                }
                if let last = token.last(where: { !"»«\"'”)]*_".contains($0) }), ".!?:".contains(last) {
                    endSentence()
                }
            }
            if trimmed.hasPrefix("#") { endSentence() }
        }
        endSentence()
        return report
    }

    /// A Markdown line without link targets, heading ids and emphasis markers.
    static func plainText(_ line: Substring) -> String {
        var out = ""
        var chars = line[...]
        while let c = chars.first {
            if c == "]", chars.dropFirst().first == "(" {
                // Skip the link target.
                if let close = chars.firstIndex(of: ")") { chars = chars[chars.index(after: close)...]; continue }
            }
            if c == "{", chars.dropFirst().first == "#" {
                if let close = chars.firstIndex(of: "}") { chars = chars[chars.index(after: close)...]; continue }
            }
            if !"*_#[`>".contains(c) { out.append(c) }
            chars = chars.dropFirst()
        }
        return out
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

    /// Warnings for very long sentences.
    static func check(_ pages: [PlannedPage], diagnostics: inout [Diagnostic]) {
        for page in pages {
            let report = analyse(markdown: page.source.body, firstLine: page.source.bodyFirstLine)
            guard let first = report.longSentences.first else { continue }
            let count = report.longSentences.count
            let lines = report.longSentences.map { "\($0.line) (\($0.words) words)" }.joined(separator: ", ")
            diagnostics.append(.warning(
                "long-sentence", at: page.source.file.location(line: first.line, column: 1),
                count == 1 ? "the sentence starting on this line has \(first.words) words; sentences over \(longSentenceWords) words are hard to read for many people"
                    : "\(count) sentences on this page have more than \(longSentenceWords) words, starting on lines \(lines); long sentences are hard to read for many people",
                hint: "split long sentences into two or three shorter ones"))
        }
    }
}
