/// A text that may be in another language than the page: `{{x.text}}`, with `{{x.lang}}` set then.
struct LocalizedTextView: ViewModel {
    var text: String?
    /// The text's language when it is not the page's (a missing translation).
    var lang: String?

    static let fields = ViewFields<LocalizedTextView>([
        "text": .text(\.text), "lang": .text(\.lang),
    ])
}
