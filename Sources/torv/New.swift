import ArgumentParser
import Foundation
import TorvKit

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the files for a new page, story, enterprise or market day.",
        discussion: """
            torv new page om/kontakt        content/om/kontakt.da.md and .en.md
            torv new story ny-historie      content/stories/ny-historie.da.md and .en.md
            torv new enterprise min-cafe    content/catalogue/min-cafe.yaml
            torv new market-day 2027        content/market-day/2027.yaml
            Every field is present and explained in Danish. Existing files are never overwritten.
            """)

    @Argument(help: "What to create: page, story, enterprise or market-day.")
    var kind: String

    @Argument(help: "The name: the file name (for a page, with folders), the enterprise's id, or the year.")
    var name: String

    @Option(help: "The content folder.")
    var content = "content"

    func run() throws {
        guard let kind = Scaffold.Kind(rawValue: kind) else {
            throw ValidationError("unknown kind `\(kind)`; use page, story, enterprise or market-day")
        }
        switch Scaffold.create(kind, name: name, content: content) {
        case .success(let files):
            for file in files { print("torv: created \(file)") }
        case .failure(let problem):
            FileHandle.standardError.write(Data(DiagnosticFormat.text.format([problem]).utf8))
            throw ExitCode(1)
        }
    }
}
