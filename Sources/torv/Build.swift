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

    @Option(help: ArgumentHelp(
        "A folder for the build cache (for CI: restore and save it with the CI's own cache step).",
        discussion: "The build reuses the Markdown and pages the last build with this folder made from the same inputs, "
            + "and saves what it made there. The output is the same as without it. A damaged or foreign cache is not used.",
        valueName: "dir"))
    var cache: String?

    /// The cache folder must not lie inside a folder Torv reads or replaces.
    func validate() throws {
        guard let cache else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: cache, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--cache \(cache): this is a file, not a folder\nhint: give a folder of its own, like --cache .torv-cache")
        }
        let folder = URL(fileURLWithPath: cache).standardizedFileURL.path
        for (option, other) in [("--output", output), ("--content", site.content), ("--templates", site.templates)] {
            let path = URL(fileURLWithPath: other).standardizedFileURL.path
            if folder == path || folder.hasPrefix(path + "/") || path.hasPrefix(folder + "/") {
                throw ValidationError("--cache \(cache) overlaps the \(option) folder \(other)\n"
                    + "hint: give the cache a folder of its own beside them, like --cache .torv-cache")
            }
        }
    }

    func run() throws {
        let start = DispatchTime.now()
        var options = BuildOptions(
            content: site.content, templates: site.templates, output: output, baseURL: site.baseURL, today: try site.todayDate())
        options.acceptRemoved = acceptRemoved
        options.cache = cache
        let result = SiteBuilder.run(options, write: true)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        var summary = "torv: built \(Reporter.pages(result)), \(result.filesWritten) files into \(output)/ in \(Int(elapsed.rounded())) ms"
        if let statistics = result.cacheStatistics {
            let plural = { (n: Int) in "\(n) page\(n == 1 ? "" : "s")" }
            summary += " (cache: Markdown of \(plural(statistics.markdownRendered)) converted, \(plural(statistics.pagesRendered)) rendered)"
        }
        try Reporter.finish(result, format: site.format, summary: summary, wrote: true)
    }
}
