/// Dates as readers expect them, without Foundation's locale data (so output never depends on the machine).
enum DateFormatting {
    static let danishMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// `14. marts 2025` / `14 March 2025`.
    static func long(_ date: LocalDate, language: String) -> String {
        switch language {
        case "da": return "\(date.day). \(danishMonths[date.month - 1]) \(date.year)"
        default: return "\(date.day) \(englishMonths[date.month - 1]) \(date.year)"
        }
    }
}

/// Each language's name in itself, for the language switcher.
enum NativeLanguageNames {
    static func name(_ code: String) -> String {
        switch code {
        case "da": return "Dansk"
        case "en": return "English"
        case "de": return "Deutsch"
        case "sv": return "Svenska"
        case "nb", "no": return "Norsk"
        default: return code
        }
    }
}
