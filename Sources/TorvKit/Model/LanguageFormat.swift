/// How one language writes dates and prices, what it calls itself and whether its quotes are curly:
/// read from the language's interface texts (`content/i18n/<lang>.yaml`), so the engine knows no
/// language. Every key in `Key` is required in every language.
public struct LanguageFormat: Sendable, Hashable {
    public var language: String
    /// The language's name in itself, for the language switcher (`language_name`).
    public var name: String
    /// The twelve month names, January first (`date_months`, comma-separated).
    public var months: [String]
    /// A long date with `{day}`, `{month}` and `{year}` (`date_long`).
    public var longDatePattern: String
    public var thousandsSeparator: String
    public var decimalSeparator: String
    /// An amount with its currency, with `{amount}` (`price_amount`).
    public var pricePattern: String
    /// What a price of 0 is called (`price_free`).
    public var free: String
    public var vatIncluded: String
    public var vatExcluded: String
    /// Curly quotes and dashes from straight ones in Markdown (`smart_punctuation: true`).
    public var smartPunctuation: Bool

    /// The interface-text keys this type reads.
    public enum Key: String, CaseIterable, Sendable {
        case languageName = "language_name"
        case dateMonths = "date_months"
        case dateLong = "date_long"
        case thousandsSeparator = "price_thousands_separator"
        case decimalSeparator = "price_decimal_separator"
        case priceAmount = "price_amount"
        case priceFree = "price_free"
        case vatIncluded = "price_vat_included"
        case vatExcluded = "price_vat_excluded"
        case smartPunctuation = "smart_punctuation"

        /// The placeholders a pattern must contain.
        var placeholders: [String] {
            switch self {
            case .dateLong: ["day", "month", "year"]
            case .priceAmount: ["amount"]
            default: []
            }
        }
    }

    /// The format of a language whose texts are missing or wrong (their errors are reported, and a
    /// build with errors writes nothing): ISO-like dates, plain numbers, the code as its name.
    public static func fallback(_ language: String) -> LanguageFormat {
        LanguageFormat(
            language: language, name: language, months: (1...12).map(String.init), longDatePattern: "{year}-{month}-{day}",
            thousandsSeparator: "", decimalSeparator: ".", pricePattern: "{amount}", free: "0", vatIncluded: "", vatExcluded: "",
            smartPunctuation: false)
    }

    /// Reads the format from one language's strings. Missing keys are reported by
    /// `UIStringsLoader.checkRequired`; wrong values are reported here and replaced by the fallback's.
    static func read(_ strings: UIStrings, diagnostics: inout [Diagnostic]) -> LanguageFormat {
        var format = fallback(strings.language)
        func value(_ key: Key) -> String? {
            guard let text = strings[key.rawValue] else { return nil }
            let missing = key.placeholders.filter { !text.contains("{\($0)}") }
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(
                    .uiStringFormat(key: key.rawValue, rule: .placeholders(missing)), at: strings.locations[key.rawValue]))
                return nil
            }
            return text
        }
        if let name = value(.languageName) { format.name = name }
        if let text = value(.dateMonths) {
            let months = text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            if months.count == 12 {
                format.months = months
            } else {
                diagnostics.append(Diagnostic(
                    .uiStringFormat(key: Key.dateMonths.rawValue, rule: .twelveMonths(found: months.count)),
                    at: strings.locations[Key.dateMonths.rawValue]))
            }
        }
        if let pattern = value(.dateLong) { format.longDatePattern = pattern }
        if let separator = value(.thousandsSeparator) { format.thousandsSeparator = separator }
        if let separator = value(.decimalSeparator) { format.decimalSeparator = separator }
        if let pattern = value(.priceAmount) { format.pricePattern = pattern }
        if let text = value(.priceFree) { format.free = text }
        if let text = value(.vatIncluded) { format.vatIncluded = text }
        if let text = value(.vatExcluded) { format.vatExcluded = text }
        if let text = value(.smartPunctuation) {
            switch text {
            case "true": format.smartPunctuation = true
            case "false": format.smartPunctuation = false
            default:
                diagnostics.append(Diagnostic(
                    .uiStringFormat(key: Key.smartPunctuation.rawValue, rule: .boolean(found: text)),
                    at: strings.locations[Key.smartPunctuation.rawValue]))
            }
        }
        return format
    }

    /// `14. marts 2025`, `14 March 2025`: `date_long` filled in.
    public func longDate(_ date: LocalDate) -> String {
        Self.fill(longDatePattern) { name in
            switch name {
            case "day": String(date.day)
            case "month": months[date.month - 1]
            case "year": String(date.year)
            default: nil
            }
        }
    }

    /// An amount in øre with grouped thousands and the currency: `1.250,50 kr.`, `DKK 1,250.50`.
    public func amount(_ ore: Int) -> String {
        let kroner = ore / 100
        let fraction = ore % 100
        var digits = String(kroner)
        var grouped = ""
        while digits.count > 3 {
            grouped = thousandsSeparator + String(digits.suffix(3)) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        if fraction > 0 { grouped += decimalSeparator + (fraction < 10 ? "0" : "") + String(fraction) }
        return Self.fill(pricePattern, ["amount": grouped])
    }

    /// A product's price: amount, unit (in this language or the fallback) and VAT, or the word for free.
    public func price(_ price: Price, fallback: String) -> String {
        if price.amountInOre == 0 { return free }
        var text = amount(price.amountInOre)
        if let unit = price.unit?.text(in: language, fallback: fallback), !unit.isEmpty { text += " " + unit }
        let vat = price.vatIncluded ? vatIncluded : vatExcluded
        if !vat.isEmpty { text += " " + vat }
        return text
    }

    /// Replaces each `{name}` in one pass (a value is never read as a placeholder).
    static func fill(_ pattern: String, _ values: [String: String]) -> String {
        fill(pattern) { values[String($0)] }
    }

    /// `pattern` with each `{name}` whose `value` is not nil replaced by it.
    static func fill(_ pattern: String, _ value: (Substring) -> String?) -> String {
        guard pattern.utf8.allSatisfy({ $0 < 0x80 }) else { return fillByCharacter(pattern, value) }
        // ASCII: one byte, one character. The text between the names is copied a run at a time.
        let utf8 = pattern.utf8
        var out = ""
        out.reserveCapacity(utf8.count + 16)
        var copied = utf8.startIndex, index = utf8.startIndex
        while let open = utf8[index...].firstIndex(of: UInt8(ascii: "{")) {
            let name = utf8.index(after: open)
            if let close = utf8[name...].firstIndex(of: UInt8(ascii: "}")), let filled = value(pattern[name..<close]) {
                out += pattern[copied..<open]
                out += filled
                copied = utf8.index(after: close)
                index = copied
            } else {
                index = name
            }
        }
        out += pattern[copied...]
        return out
    }

    /// `fill` one character at a time (any pattern).
    static func fillByCharacter(_ pattern: String, _ value: (Substring) -> String?) -> String {
        var out = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let filled = value(after[..<close]) {
                out += filled
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}

extension ContentSet {
    /// The format of `language`, or the fallback while its texts have errors.
    public func format(_ language: String) -> LanguageFormat { formats[language] ?? .fallback(language) }
}

extension SitePlan {
    /// The format of `language`, or the fallback while its texts have errors.
    public func format(_ language: String) -> LanguageFormat { formats[language] ?? .fallback(language) }
}
