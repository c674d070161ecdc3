public struct CatalogueImage: Sendable {
    /// Path inside `content/`, e.g. `media/catalogue/logo.svg`.
    public var file: String
    public var alt: LocalizedText
    /// Where `file` is written, for "missing file" diagnostics.
    public var location: SourceLocation? = nil
}
