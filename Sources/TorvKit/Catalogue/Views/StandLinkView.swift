/// A market-day stand of an enterprise, for its catalogue page.
struct StandLinkView: ViewModel {
    var year: Int
    var code: String
    var name: String
    var url: String

    static let fields = ViewFields<StandLinkView>([
        "year": .number(\.year), "code": .text(\.code), "name": .text(\.name), "url": .text(\.url),
    ])
}
