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
    /// Old addresses of its page that lead to it now (`aliases:`).
    public var aliases: [PageAlias] = []
}
