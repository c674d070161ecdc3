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
    /// Whether the first use of each glossary term links to its entry (`glossary: false` turns it off).
    public var glossary = true
}
