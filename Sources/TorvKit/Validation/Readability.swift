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

    /// Analyses Markdown text; `firstLine` is the file line of the text's first line. Reads the UTF-8
    /// bytes where they are (it runs for every page of every build); see `ReadabilityScan`.
    public static func analyse(markdown: some StringProtocol, firstLine: Int = 1) -> Report {
        var scan = ReadabilityScan(firstLine: firstLine)
        if markdown.utf8.withContiguousStorageIfAvailable({ scan.read($0) }) == nil {
            Array(markdown.utf8).withUnsafeBufferPointer { scan.read($0) }
        }
        return scan.report
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
