/// Where a list page stands among the story list's pages.
struct PaginationView: ViewModel {
    var current: Int
    var total: Int
    var previous: String?
    var next: String?
    var pages: [PaginationPageView]

    static let fields = ViewFields<PaginationView>([
        "current": .number(\.current), "total": .number(\.total), "previous": .text(\.previous), "next": .text(\.next),
        "pages": .list(\.pages),
    ])
}
