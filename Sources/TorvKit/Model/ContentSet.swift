/// Everything read from `content/`, before validation across files.
public struct ContentSet: Sendable {
    public var config: SiteConfig
    public var strings: [String: UIStrings]
    public var pages: [PageSource]
    /// Files copied as they are (images, PDFs), by path inside `content/`.
    public var staticFiles: [String]
    /// Keys of pages that exist but could not be read (their errors are already reported).
    public var failedPageKeys: Set<String> = []
    /// The bodies of those pages (when their front matter could be split off), so that their text
    /// and links are checked in the same run.
    public var unplannedPages: [PageSource] = []
    /// The product catalogue, when `content/catalogue/` exists.
    public var catalogue: Catalogue? = nil
    public var prize: Prize? = nil
    public var marketDays: [MarketDay] = []
    /// The fixed list of story themes (`content/stories/themes.yaml`).
    public var storyThemes: [CatalogueTerm] = []
    /// The glossary (`content/glossary.yaml`), when there is one.
    public var glossary: Glossary? = nil
    /// How each language writes dates and prices (from its UI strings).
    public var formats: [String: LanguageFormat] = [:]
    /// The words in generated addresses, per language (from the UI strings).
    public var urlWords = URLWords(strings: [:])
    /// What drafts and dates kept out of this build (see `ScheduleStage`).
    public var unpublished = UnpublishedContent()
}
