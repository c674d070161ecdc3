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

/// A term of one of the catalogue's fixed lists, with its label per language.
public struct CatalogueTerm: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
}

/// `content/catalogue/lists.yaml`: categories, target groups, employment forms and buyer types.
public struct CatalogueVocabulary: Sendable {
    public var categories: [CatalogueTerm]
    public var targetGroups: [CatalogueTerm]
    public var employmentForms: [CatalogueTerm]
    public var sellsTo: [CatalogueTerm]

    public static let listNames = ["categories", "target_groups", "employment_forms", "sells_to"]

    func terms(_ list: String) -> [CatalogueTerm] {
        switch list {
        case "categories": return categories
        case "target_groups": return targetGroups
        case "employment_forms": return employmentForms
        default: return sellsTo
        }
    }
}

public struct CatalogueImage: Sendable {
    /// Path inside `content/`, e.g. `media/catalogue/logo.svg`.
    public var file: String
    public var alt: LocalizedText
    /// Where `file` is written, for "missing file" diagnostics.
    public var location: SourceLocation? = nil
}

public struct Enterprise: Sendable {
    public var id: String
    public var sample: Bool
    public var name: String
    /// Eight digits, normalised (no `DK`, no spaces).
    public var cvr: String?
    public var rsvVerifiedOn: LocalDate?
    public var isRSVRegistered: Bool
    public var description: LocalizedText
    public var socialPurpose: LocalizedText
    public var targetGroups: [String]
    public var employmentForms: [String]
    public var street: String
    public var postcode: String
    public var town: String
    public var phone: String?
    public var email: String?
    public var website: String?
    public var sellsTo: [String]
    public var stepFreeAccess: Bool?
    public var accessibilityNotes: LocalizedText?
    public var logo: CatalogueImage?
    public var lastReviewed: LocalDate?
    public var lastReviewedLocation: SourceLocation? = nil
    public var products: [Product]
    /// The enterprise's file, for diagnostics.
    public var location: SourceLocation
    /// `draft`, `publish_on`, `unpublish_on` (see `Schedule`).
    public var schedule: Schedule? = nil
}

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

public struct Price: Sendable {
    /// Whole øre, so sums and formatting are exact: 125.50 kr. is 12550.
    public var amountInOre: Int
    public var unit: LocalizedText?
    public var vatIncluded: Bool
}
