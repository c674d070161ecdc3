/// What a build made: the files (nil when there were errors: a build with errors writes nothing)
/// and every diagnostic, sorted.
public struct SiteOutput: Sendable {
    /// With streaming (`torv build`), the files not yet written; the pages are in `streamed`.
    public var files: [OutputFile]?
    /// The pages already written to the build's output sink, by path.
    public var streamed: [String] = []
    public var diagnostics: [Diagnostic]
    /// Pages per language, in the site's language order.
    public var pagesPerLanguage: [(language: String, count: Int)]
    /// The banner `torv serve --drafts` shows on every page; nil in every other build.
    public var draftBanner: DraftBanner?
    /// The next date on which the output changes by itself, and why.
    public var nextChange: NextChange?
    /// Every address of this build (pages and redirects), for `torv addresses --update`.
    public var addresses: [String] = []
    /// Set (to where site.yaml says `search: true`) when the written site gets a Pagefind index
    /// before it is published.
    public var search: SourceLocation?

    init(files: [OutputFile]?, diagnostics: [Diagnostic], pagesPerLanguage: [(language: String, count: Int)]) {
        self.files = files
        self.diagnostics = diagnostics
        self.pagesPerLanguage = pagesPerLanguage
    }

    init(site: [OutputFile], streamed: [String], diagnostics: [Diagnostic], config: SiteConfig) {
        let list = DiagnosticList(diagnostics)
        self.init(
            files: list.hasErrors ? nil : site.sorted { $0.path < $1.path }, diagnostics: list.sorted,
            pagesPerLanguage: Self.count(site.map(\.path) + streamed, config: config))
        self.streamed = streamed
        search = config.search ? config.searchLocation ?? SourceLocation(path: "site.yaml") : nil
    }

    /// Every HTML page written but the 404 pages and the `/was/` redirect, per language.
    /// One pass: a page counts for the language its first folder names, else for the default language.
    private static func count(_ paths: [String], config: SiteConfig) -> [(language: String, count: Int)] {
        var counts: [String: Int] = [:]
        let others = Set(config.languages.filter { $0 != config.defaultLanguage })
        for path in paths where path.hasSuffix("index.html") && path != "was/index.html" {
            let first = path.utf8.firstIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? path
            counts[others.contains(first) ? first : config.defaultLanguage, default: 0] += 1
        }
        return config.languages.map { ($0, counts[$0] ?? 0) }
    }
}
