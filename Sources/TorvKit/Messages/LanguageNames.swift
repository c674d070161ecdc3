/// Languages by their English names, for messages (which are written in English).
enum LanguageNames {
    static func english(_ code: String) -> String {
        switch code {
        case "da": return "Danish"
        case "en": return "English"
        case "de": return "German"
        default: return "`\(code)`"
        }
    }
}
