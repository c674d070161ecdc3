/// A page below the current one, for the "in this section" list.
struct ChildPageView: ViewModel {
    var title: String
    var url: String
    var summary: String

    static let fields = ViewFields<ChildPageView>([
        "title": .text(\.title), "url": .text(\.url), "summary": .text(\.summary),
    ])
}
