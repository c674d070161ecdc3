/// Addresses of the site's own assets.
struct AssetsView: ViewModel {
    var css: String

    static let fields = ViewFields<AssetsView>(["css": .text(\.css)])
}
