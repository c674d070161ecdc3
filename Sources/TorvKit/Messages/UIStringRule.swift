/// What is wrong with a UI string that Torv reads as a format or a URL word (see `LanguageFormat`, `URLWords`).
enum UIStringRule: Sendable, Hashable {
    case placeholders([String])
    case twelveMonths(found: Int)
    case boolean(found: String)
    case slug(found: String, suggestion: String)

    /// Why Torv needs a key, for `uiStringRequired`.
    static func purpose(of key: String) -> String {
        if key.hasPrefix("url_") { return "it is a word in the addresses of generated pages" }
        if key.hasPrefix("date_") { return "it says how dates are written" }
        if key.hasPrefix("price_") { return "it says how prices are written" }
        if key == "language_name" { return "the language switcher shows the language's name in itself" }
        if key == "smart_punctuation" { return "it says whether straight quotes become curly ones" }
        return "the pages show it"
    }

    /// The Danish site's value, as an example.
    static func example(of key: String) -> String {
        switch key {
        case "date_months": "januar, februar, marts, april, maj, juni, juli, august, september, oktober, november, december"
        case "date_long": "{day}. {month} {year}"
        case "price_amount": "{amount} kr."
        case "smart_punctuation": "false"
        case "language_name": "Dansk"
        default: "…"
        }
    }
}
