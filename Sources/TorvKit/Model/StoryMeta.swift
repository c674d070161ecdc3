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
