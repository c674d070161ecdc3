/// Where a market day is held.
struct VenueView: ViewModel {
    var name: String
    var street: String
    var postcode: String
    var town: String
    var transport: LocalizedTextView?
    var parking: LocalizedTextView?

    static let fields = ViewFields<VenueView>([
        "name": .text(\.name), "street": .text(\.street), "postcode": .text(\.postcode), "town": .text(\.town),
        "transport": .object(\.transport), "parking": .object(\.parking),
    ])
}
