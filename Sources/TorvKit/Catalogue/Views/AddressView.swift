/// A postal address.
struct AddressView: ViewModel {
    var street: String
    var postcode: String
    var town: String

    static let fields = ViewFields<AddressView>([
        "street": .text(\.street), "postcode": .text(\.postcode), "town": .text(\.town),
    ])
}
