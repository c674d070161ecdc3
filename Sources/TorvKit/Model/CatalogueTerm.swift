/// A term of one of the catalogue's fixed lists, with its label per language.
public struct CatalogueTerm: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
}
