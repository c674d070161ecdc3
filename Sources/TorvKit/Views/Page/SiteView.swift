/// The site's name and home, in the page's language.
struct SiteView: ViewModel {
    var title: String
    var tagline: String
    var home: String
    var baseURL: String

    static let fields = ViewFields<SiteView>([
        "title": .text(\.title), "tagline": .text(\.tagline), "home": .text(\.home), "baseURL": .text(\.baseURL),
    ])
}
