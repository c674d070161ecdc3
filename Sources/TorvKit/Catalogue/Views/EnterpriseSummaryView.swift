/// An enterprise in a list: name, link, description, RSV mark.
struct EnterpriseSummaryView: ViewModel {
    var name: String
    var url: String
    var description: LocalizedTextView
    var rsv: Bool
    var town: String

    static let fields = ViewFields<EnterpriseSummaryView>([
        "name": .text(\.name), "url": .text(\.url), "description": .object(\.description), "rsv": .flag(\.rsv),
        "town": .text(\.town),
    ])
}
