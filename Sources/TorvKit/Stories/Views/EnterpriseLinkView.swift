/// An enterprise's name, linked to its catalogue page.
struct EnterpriseLinkView: ViewModel {
    var name: String
    var url: String

    static let fields = ViewFields<EnterpriseLinkView>([
        "name": .text(\.name), "url": .text(\.url),
    ])
}
