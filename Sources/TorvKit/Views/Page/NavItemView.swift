/// An entry of the main menu; `current` marks the section the page is in.
struct NavItemView: ViewModel {
    var title: String
    var url: String
    var current: Bool
    /// Set when the menu links a page in another language (no translation yet).
    var hreflang: String?

    static let fields = ViewFields<NavItemView>([
        "title": .text(\.title), "url": .text(\.url), "current": .flag(\.current), "hreflang": .text(\.hreflang),
    ])
}
