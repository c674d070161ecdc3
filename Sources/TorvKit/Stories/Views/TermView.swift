/// A label from a fixed list, linked to its page when it has one, with a count in overviews.
struct TermView: ViewModel {
    var label: String
    var url: String?
    var count: Int?

    static let fields = ViewFields<TermView>([
        "label": .text(\.label), "url": .text(\.url), "count": .number(\.count),
    ])
}
