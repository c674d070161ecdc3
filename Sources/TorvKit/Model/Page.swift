/// The front matter of a Markdown page.
public struct FrontMatter: Sendable {
    public var title: String
    public var slug: String?
    public var summary: String
    public var weight: Int
    public var date: LocalDate?
    public var updated: LocalDate?
    public var layout: Layout
    public var toc: Bool
    /// Short hash of the source-language text this translation was made from (see `torv translations`).
    public var translatedFrom: String?
    /// The extra front matter of a success story (pages in `stories/`).
    public var story: StoryMeta? = nil
    /// `draft`, `publish_on`, `unpublish_on` (see `Schedule`).
    public var schedule: Schedule? = nil
    /// Old addresses that lead to this page (`aliases:`).
    public var aliases: [PageAlias] = []
}

/// A success story's own front matter. `consent` is kept for the record and never rendered.
public struct StoryMeta: Sendable {
    public var lead: String
    public var themes: [(id: String, location: SourceLocation)]
    public var enterprise: (id: String, location: SourceLocation)?
    public var sample: Bool
    public var consentDate: LocalDate?
    public var consentScope: String?
    public var images: [CatalogueImage]
    /// Where `date` and `themes` are written, for messages about them.
    public var dateLocation: SourceLocation? = nil
    public var themesLocation: SourceLocation? = nil
}

/// One Markdown file as read from `content/`.
public struct PageSource: Sendable {
    public var file: SourceFile
    /// Path inside `content/`, e.g. `strategi/index.da.md`.
    public var relativePath: String
    /// The translation key shared by all language versions: `strategi/index`.
    public var key: String
    public var language: String
    public var frontMatter: FrontMatter
    public var body: String
    /// The file line on which the body's first line stands.
    public var bodyFirstLine: Int

    /// `strategi` for `strategi/index`, `strategi` for `strategi/spor`, `` at the top.
    public var directory: String {
        guard let slash = key.lastIndex(of: "/") else { return "" }
        return String(key[..<slash])
    }

    /// The file name without language and extension: `index`, `spor`.
    public var name: String {
        guard let slash = key.lastIndex(of: "/") else { return key }
        return String(key[key.index(after: slash)...])
    }

    public var isIndex: Bool { name == "index" }

    /// The location of a position in the body (1-based body line, 1-based byte column).
    public func location(bodyLine: Int, byteColumn: Int) -> SourceLocation {
        let line = bodyFirstLine + max(bodyLine, 1) - 1
        return file.location(line: line, column: file.characterColumn(line: line, byteColumn: max(byteColumn, 1)))
    }
}

/// Everything read from `content/`, before validation across files.
public struct ContentSet: Sendable {
    public var config: SiteConfig
    public var strings: [String: UIStrings]
    public var pages: [PageSource]
    /// Files copied as they are (images, PDFs), by path inside `content/`.
    public var staticFiles: [String]
    /// Keys of pages that exist but could not be read (their errors are already reported).
    public var failedPageKeys: Set<String> = []
    /// The product catalogue, when `content/catalogue/` exists.
    public var catalogue: Catalogue? = nil
    public var prize: Prize? = nil
    public var marketDays: [MarketDay] = []
    /// The fixed list of story themes (`content/stories/themes.yaml`).
    public var storyThemes: [CatalogueTerm] = []
    /// How each language writes dates and prices (from its UI strings).
    public var formats: [String: LanguageFormat] = [:]
    /// The words in generated addresses, per language (from the UI strings).
    public var urlWords = URLWords(strings: [:])
    /// What drafts and dates kept out of this build (see `ScheduleStage`).
    public var unpublished = UnpublishedContent()
}
