import ArgumentParser
import TorvKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and templates without writing anything.",
        discussion: "Finds everything `torv build` would report. Exit status: 0 no errors, 1 errors, 2 wrong options.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let options = BuildOptions(content: site.content, templates: site.templates, baseURL: site.baseURL, today: try site.todayDate())
        let result = SiteBuilder.run(options, write: false)
        try Reporter.finish(result, format: site.format, summary: "torv: checked \(Reporter.pages(result)); no errors", wrote: false)
    }
}
