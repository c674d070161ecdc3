/// A titled link: breadcrumbs, child pages' titles, lists of related pages.
struct LinkView: ViewModel {
    var title: String
    var url: String

    static let fields = ViewFields<LinkView>([
        "title": .text(\.title), "url": .text(\.url),
    ])
}
