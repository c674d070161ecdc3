/// The words in the addresses Torv makes for generated pages (`/katalog/kategori/…`,
/// `/en/stories/page/2/`), per language, from the interface texts (`content/i18n/<lang>.yaml`).
/// Every key is required in every language and must be a valid slug.
public struct URLWords: Sendable, Hashable {
    public enum Key: String, CaseIterable, Sendable {
        case catalogueCategory = "url_catalogue_category"
        case catalogueTargetGroup = "url_catalogue_target_group"
        case catalogueSellsTo = "url_catalogue_sells_to"
        case cataloguePrint = "url_catalogue_print"
        case storiesPage = "url_stories_page"
        case storiesTheme = "url_stories_theme"
        case prizeNominate = "url_prize_nominate"
        case prizeWinners = "url_prize_winners"
        case marketDayCalendar = "url_market_day_calendar"
    }

    private var words: [String: [Key: String]] = [:]

    /// Takes each key's text from each language's strings; missing keys are reported by
    /// `UIStringsLoader.checkRequired`, bad ones by `check`.
    public init(strings: [String: UIStrings]) {
        for (language, own) in strings {
            for key in Key.allCases {
                if let word = own[key.rawValue], SlugRules.isValid(word) { words[language, default: [:]][key] = word }
            }
        }
    }

    /// The word for `key` in `language`. While the word is missing or wrong (an error is reported and
    /// nothing is written) the key's own name stands in, so addresses stay distinct.
    public func word(_ key: Key, _ language: String) -> String {
        words[language]?[key] ?? String(key.rawValue.map { $0 == "_" ? "-" : $0 })
    }

    /// A URL word that is not a slug is an error at its line.
    static func check(_ strings: [String: UIStrings], diagnostics: inout [Diagnostic]) {
        for language in strings.keys.sorted() {
            guard let own = strings[language] else { continue }
            for key in Key.allCases {
                guard let word = own[key.rawValue], !SlugRules.isValid(word) else { continue }
                diagnostics.append(Diagnostic(
                    .uiStringFormat(key: key.rawValue, rule: .slug(found: word, suggestion: SlugRules.suggest(from: word))),
                    at: own.locations[key.rawValue]))
            }
        }
    }
}
