public struct Product: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case product, service }

    public var id: String
    public var kind: Kind
    public var category: String
    public var title: LocalizedText
    public var summary: LocalizedText
    /// Markdown, per language.
    public var body: LocalizedText?
    public var price: Price?
    public var priceNote: LocalizedText?
    public var ordering: LocalizedText?
    public var images: [CatalogueImage]
    public var location: SourceLocation
    /// `draft`, `publish_on`, `unpublish_on` (see `Schedule`).
    public var schedule: Schedule? = nil
}
