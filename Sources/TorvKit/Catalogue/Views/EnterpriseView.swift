/// Everything about one enterprise, for its page and the printable catalogue.
struct EnterpriseView: ViewModel {
    var name: String
    var url: String
    var description: LocalizedTextView
    var rsv: Bool
    var town: String
    var id: String
    var socialPurpose: LocalizedTextView
    var targetGroups: [TermView]
    var employmentForms: [TermView]
    var sellsTo: [TermView]
    var products: [ProductView]
    var address: AddressView
    var sample: Bool
    var rsvVerified: String?
    var rsvVerifiedISO: String?
    var cvr: String?
    var phone: String?
    var phoneHref: String?
    var email: String?
    var emailHref: String?
    var website: String?
    var stepFree: String?
    var accessibilityNotes: LocalizedTextView?
    var logo: ImageView?
    var lastReviewed: String?
    var lastReviewedISO: String?
    /// Stories about the enterprise (on its own page, not in the printable catalogue).
    var stories: [StorySummaryView]?
    /// Its market-day stands (on its own page, not in the printable catalogue).
    var stands: [StandLinkView]?

    static let fields = ViewFields<EnterpriseView>([
        "name": .text(\.name), "url": .text(\.url), "description": .object(\.description), "rsv": .flag(\.rsv),
        "town": .text(\.town), "id": .text(\.id), "socialPurpose": .object(\.socialPurpose),
        "targetGroups": .list(\.targetGroups), "employmentForms": .list(\.employmentForms), "sellsTo": .list(\.sellsTo),
        "products": .list(\.products), "address": .object(\.address), "sample": .flag(\.sample),
        "rsvVerified": .text(\.rsvVerified), "rsvVerifiedISO": .text(\.rsvVerifiedISO), "cvr": .text(\.cvr),
        "phone": .text(\.phone), "phoneHref": .text(\.phoneHref), "email": .text(\.email), "emailHref": .text(\.emailHref),
        "website": .text(\.website), "stepFree": .text(\.stepFree), "accessibilityNotes": .object(\.accessibilityNotes),
        "logo": .object(\.logo), "lastReviewed": .text(\.lastReviewed), "lastReviewedISO": .text(\.lastReviewedISO),
        "stories": .list(\.stories), "stands": .list(\.stands),
    ])
}
