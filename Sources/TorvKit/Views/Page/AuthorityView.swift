/// The responsible authority, for the footer.
struct AuthorityView: ViewModel {
    var name: String
    var department: String?
    var address: String
    var phone: String?
    var phoneHref: String?
    var email: String?
    var emailHref: String?
    var website: String?

    static let fields = ViewFields<AuthorityView>([
        "name": .text(\.name), "department": .text(\.department), "address": .text(\.address),
        "phone": .text(\.phone), "phoneHref": .text(\.phoneHref), "email": .text(\.email), "emailHref": .text(\.emailHref),
        "website": .text(\.website),
    ])
}
