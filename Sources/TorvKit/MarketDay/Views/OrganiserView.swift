/// Who organises a market day.
struct OrganiserView: ViewModel {
    var name: String
    var email: String?
    var emailHref: String?
    var phone: String?
    var phoneHref: String?

    static let fields = ViewFields<OrganiserView>([
        "name": .text(\.name), "email": .text(\.email), "emailHref": .text(\.emailHref), "phone": .text(\.phone),
        "phoneHref": .text(\.phoneHref),
    ])
}
