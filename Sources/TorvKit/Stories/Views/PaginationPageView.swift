/// A numbered link in a story list's pagination.
struct PaginationPageView: ViewModel {
    var number: Int
    var url: String
    var current: Bool

    static let fields = ViewFields<PaginationPageView>([
        "number": .number(\.number), "url": .text(\.url), "current": .flag(\.current),
    ])
}
