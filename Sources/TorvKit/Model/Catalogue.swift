/// The joint product catalogue: social-economy enterprises and what they offer.
public struct Catalogue: Sendable {
    public var vocabulary: CatalogueVocabulary
    public var enterprises: [Enterprise]
    /// The ids of every enterprise file, including those that could not be read (their own errors
    /// are reported; references to them are not errors of their own).
    public var fileIDs: [String] = []

    public var products: [(enterprise: Enterprise, product: Product)] {
        enterprises.flatMap { e in e.products.map { (e, $0) } }
    }

    public var hasSamples: Bool { enterprises.contains { $0.sample } }
}
