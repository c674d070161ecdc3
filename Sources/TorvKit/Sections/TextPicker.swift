/// Localized text for templates: `{text, lang}`, with `lang` set when the text is in another
/// language than the page (the default language stands in for a missing translation).
struct TextPicker: Sendable {
    let fallback: String

    func callAsFunction(_ value: LocalizedText?, _ language: String) -> LocalizedTextView? {
        guard let value else { return nil }
        if let own = value[language] { return LocalizedTextView(text: own, lang: nil) }
        if let other = value[fallback] { return LocalizedTextView(text: other, lang: fallback) }
        guard let (code, any) = value.values.sorted(by: { $0.key < $1.key }).first else { return nil }
        return LocalizedTextView(text: any, lang: code)
    }

    func plain(_ value: LocalizedText?, _ language: String) -> String {
        value?.text(in: language, fallback: fallback) ?? ""
    }
}

extension LocalizedTextView {
    /// A text with nothing in it: `{{#x}}` shows, `{{x.text}}` is empty.
    static let none = LocalizedTextView(text: nil, lang: nil)
    /// An empty text in the page's language.
    static let empty = LocalizedTextView(text: "", lang: nil)
}
