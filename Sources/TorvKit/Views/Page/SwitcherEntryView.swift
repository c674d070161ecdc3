/// The language switcher's entry for another language: the translation, or that language's home
/// page with a note that this page is not translated.
struct SwitcherEntryView: ViewModel {
    var lang: String
    var name: String
    var url: String
    var available: Bool
    var notTranslated: String?

    static let fields = ViewFields<SwitcherEntryView>([
        "lang": .text(\.lang), "name": .text(\.name), "url": .text(\.url), "available": .flag(\.available),
        "notTranslated": .text(\.notTranslated),
    ])
}
