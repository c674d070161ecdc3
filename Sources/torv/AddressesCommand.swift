import ArgumentParser
import Foundation
import TorvKit

struct Addresses: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the site's addresses, or rewrite the committed list of published addresses.",
        discussion: """
            Without options, prints every address the site has now (pages, aliases and redirects). \
            With --update, writes them to published-addresses.txt beside the content folder, sorted, \
            one a line. Commit that file: a build then reports any address in it that would disappear. \
            Exit status: 0 done, 1 problems in the content (nothing written).
            """)

    @OptionGroup var site: SiteOptions

    @Flag(help: "Rewrite published-addresses.txt beside the content folder.")
    var update = false

    @Flag(help: "Accept addresses that the site no longer has (after a deliberate removal).")
    var acceptRemoved = false

    func run() throws {
        var options = BuildOptions(content: site.content, templates: site.templates, baseURL: site.baseURL, today: try site.todayDate())
        options.acceptRemoved = acceptRemoved || update
        let output = SiteRenderer.render(options)
        let errors = output.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            FileHandle.standardError.write(Data(site.format.format(errors).utf8))
            throw ExitCode(1)
        }
        let text = PublishedAddresses.listText(output.addresses)
        guard update else {
            print(text, terminator: "")
            return
        }
        let path = PublishedAddresses.listPath(content: site.content)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        print("torv: wrote \(output.addresses.count) addresses to \(path)")
    }
}
