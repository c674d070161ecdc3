/// A past winner, linked to its catalogue page when it has one.
struct PrizeWinnerView: ViewModel {
    var year: Int
    var name: String
    var citation: LocalizedTextView
    var url: String?

    static let fields = ViewFields<PrizeWinnerView>([
        "year": .number(\.year), "name": .text(\.name), "citation": .object(\.citation), "url": .text(\.url),
    ])
}
