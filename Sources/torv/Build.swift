import ArgumentParser
import Foundation
import TorvKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and build the site.",
        discussion: """
            Writes the site into a hidden folder beside the output folder and swaps it in only when \
            everything succeeded, so a failed or interrupted build leaves the previous site as it was. \
            Exit status: 0 built, 1 problems in the content (nothing written), 2 wrong options.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder. It is replaced as a whole on every build.")
    var output = "site"

    @Flag(help: "Let this build drop addresses published before (a deliberate removal); then run `torv addresses --update`.")
    var acceptRemoved = false

    func run() throws {
        let start = DispatchTime.now()
        var options = BuildOptions(
            content: site.content, templates: site.templates, output: output, baseURL: site.baseURL, today: try site.todayDate())
        options.acceptRemoved = acceptRemoved
        let result = SiteBuilder.run(options, write: true)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        try Reporter.finish(result, format: site.format,
            summary: "torv: built \(Reporter.pages(result)), \(result.filesWritten) files into \(output)/ in \(Int(elapsed.rounded())) ms",
            wrote: true)
    }
}
