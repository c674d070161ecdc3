/// A `<link rel="alternate" hreflang>` entry: the page in one of its languages.
struct AlternateView: ViewModel {
    var lang: String
    var url: String

    static let fields = ViewFields<AlternateView>([
        "lang": .text(\.lang), "url": .text(\.url),
    ])
}
