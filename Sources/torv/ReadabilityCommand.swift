import ArgumentParser
import Foundation
import TorvKit

struct ReadabilityReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readability",
        abstract: "List the LIX readability figure of every page, hardest first.",
        discussion: """
            LIX = words per sentence + 100 × the share of words longer than 6 letters. Under 25 is very easy, \
            25–34 easy, 35–44 medium (ordinary news), 45–54 hard, 55 and over very hard. LIX is made for \
            Scandinavian languages: the figures of the Danish pages are the ones to act on. Sentences over \
            30 words are also warned about by `torv check`.
            """)

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "Only pages in this language (e.g. da).")
    var language: String?

    func validate() throws {
        try SiteOptions.requireFolder(content, option: "--content")
    }

    func run() throws {
        let (figures, diagnostics) = Readability.figures(BuildOptions(content: content))
        if diagnostics.contains(where: { $0.severity == .error }) {
            FileHandle.standardError.write(Data(DiagnosticFormat.text.format(diagnostics).utf8))
            throw ExitCode(1)
        }
        let languages = Set(figures.map(\.language))
        if let language, !languages.contains(language) {
            FileHandle.standardError.write(Data((
                "Error: --language \(language): the site has no pages in this language; use one of \(languages.sorted().joined(separator: ", "))\n").utf8))
            throw ExitCode(2)
        }
        // `long` counts the words over 6 letters, as LIX does; sentences over 30 words are warned about by `torv check`.
        print("LIX  words  sentences  long  page")
        for figure in figures where language == nil || figure.language == language {
            let r = figure.report
            let cells = [String(r.lix), String(r.words), String(r.sentences), String(r.longWords)]
            let widths = [3, 6, 10, 5]
            let row = zip(cells, widths).map { String(repeating: " ", count: max(0, $1 - $0.count)) + $0 }.joined(separator: " ")
            print("\(row)  \(figure.path)  (\(Readability.Report.band(r.lix)))")
        }
    }
}
