import ArgumentParser
import Foundation
import TorvKit

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder (pages, site.yaml, i18n/).")
    var content = "content"

    @Option(help: "The templates folder (*.mustache and assets/).")
    var templates = "templates"

    @Option(help: "The address the site is published at; overrides base_url in site.yaml.")
    var baseURL: String?

    @Option(help: "The date to treat as today, YYYY-MM-DD (default: today in UTC). Output depends on it only through dates in the content.")
    var today: String?

    @Option(help: "How to print problems: text, json, or github (GitHub Actions annotations).")
    var format: DiagnosticFormat = .text

    /// A folder given on the command line that does not exist is a usage error (exit 2).
    static func requireFolder(_ path: String, option: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(option) \(path): there is no such folder\nhint: run Torv in the site's folder (the one that holds "
                + "content/ and templates/), or give the right folder with \(option)")
        }
    }

    /// The folders must exist, and `--base-url` follows the same rule as `base_url` in site.yaml (a wrong value exits 2).
    func validate() throws {
        try Self.requireFolder(content, option: "--content")
        try Self.requireFolder(templates, option: "--templates")
        if let baseURL, let problem = BaseURLRule.problem(baseURL) {
            let shown = baseURL.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
            throw ValidationError("--base-url `\(shown)`: " + problem.text.replacingOccurrences(of: "`base_url`", with: "the address")
                + "\nhint: " + problem.hint)
        }
    }

    /// The date given with --today, else today's date in UTC. The library never reads the clock itself.
    func todayDate() throws -> LocalDate? {
        guard let today else {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        }
        guard let date = LocalDate(iso: today) else {
            throw ValidationError("--today must be a date written as YYYY-MM-DD, like 2026-05-01")
        }
        return date
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
