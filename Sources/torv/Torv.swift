import ArgumentParser
import TorvKit

struct Torv: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "torv",
        abstract: "Builds a bilingual social-economy website from Markdown, YAML and Mustache templates.",
        discussion: """
            Torv reads content/ (pages as .da.md/.en.md pairs, site.yaml, i18n/) and templates/, \
            checks everything, and writes plain HTML to site/. A build with errors writes nothing.
            """,
        version: TorvInfo.version,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Translations.self, ReadabilityReport.self, Addresses.self]
    )
}
