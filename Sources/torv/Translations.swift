import ArgumentParser
import Foundation
import TorvKit

struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List missing and stale translations.",
        discussion: """
            A translation is stale when the Danish page changed after it was translated. Each translation \
            records the Danish text it was made from (`translated_from:` in its front matter); after \
            translating, run `torv translations --mark content/x.en.md` to record it. \
            Exit status 0; with --strict, 1 when anything is missing or stale.
            """)

    @Option(help: "The content folder.")
    var content = "content"

    @Flag(help: "Exit with status 1 when a translation is missing or stale.")
    var strict = false

    @Option(help: "Record that this translation is up to date with its source (e.g. content/strategi/index.en.md).")
    var mark: String?

    func run() throws {
        let options = BuildOptions(content: content)
        if let mark {
            switch TranslationStatus.mark(mark, options: options) {
            case .success(let hash):
                print("torv: marked \(mark) as translated from the current source (\(hash))")
                return
            case .failure(let problem):
                FileHandle.standardError.write(Data(DiagnosticFormat.text.format([problem]).utf8))
                throw ExitCode(1)
            }
        }
        let (status, errors) = TranslationStatus.make(options)
        guard let status else {
            FileHandle.standardError.write(Data(DiagnosticFormat.text.format(errors).utf8))
            throw ExitCode(1)
        }
        let missingByLanguage = Dictionary(grouping: status.missingPages, by: \.language)
        for (language, missing) in missingByLanguage.sorted(by: { $0.key < $1.key }) {
            print("Missing pages in \(language) (\(missing.count)):")
            for m in missing { print("  \(m.expected)  (translate \(m.source))") }
        }
        if !status.stale.isEmpty {
            print("Stale translations (the source changed after translating) (\(status.stale.count)):")
            for s in status.stale { print("  \(s.translation)  (source: \(s.source))") }
        }
        if !status.missingTexts.isEmpty {
            print("Texts without a translation in data files (\(status.missingTexts.count)):")
            for d in status.missingTexts { print("  \(d.location?.description ?? ""): \(d.message)") }
        }
        if !status.unmarked.isEmpty {
            print("Translations not yet marked, so their freshness is unknown (\(status.unmarked.count)); mark each with --mark once checked:")
            for path in status.unmarked { print("  \(path)") }
        }
        print("torv: \(status.missingPages.count) missing, \(status.stale.count) stale, \(status.missingTexts.count) data texts untranslated, \(status.unmarked.count) unmarked")
        if strict && !status.isClean { throw ExitCode(1) }
    }
}
