/// A text in several languages, e.g. `{da: Forside, en: Home}`.
public struct LocalizedText: Sendable, Hashable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    public subscript(language: String) -> String? { values[language] }

    /// The text in `language`, else in `fallback`, else empty.
    public func text(in language: String, fallback: String) -> String {
        values[language] ?? values[fallback] ?? ""
    }
}

extension YAMLMapping {
    /// A text given per language (`key: {da: …, en: …}`), or one text for all languages (`key: …`).
    /// A language missing is an error when `required`, otherwise a warning.
    public func localized(
        _ key: String, languages: [String], required: Bool, missingIsError: Bool = true,
        diagnostics: inout [Diagnostic]
    ) -> LocalizedText? {
        guard let value = node(key) else {
            if required { diagnostics.append(missing(key)) }
            return nil
        }
        switch value {
        case .scalar(let scalar):
            if scalar.isNull {
                // Written but empty (`key: ~`, `key:`): said at the empty value, not as a missing key.
                if required { diagnostics.append(emptyValue(key, at: document.location(of: value))) }
                return nil
            }
            let text = text(scalar.string, key: key, diagnostics: &diagnostics)
            return LocalizedText(Dictionary(uniqueKeysWithValues: languages.map { ($0, text) }))
        case .mapping:
            guard let inner = mapping(key, diagnostics: &diagnostics) else { return nil }
            var values: [String: String] = [:]
            for language in languages {
                if let text = inner.string(language, diagnostics: &diagnostics) {
                    values[language] = text
                } else {
                    diagnostics.append(Diagnostic(
                        .yamlMissingTranslation(key: key, language: language, severity: missingIsError ? .error : .warning),
                        at: inner.location))
                }
            }
            inner.reportUnknownKeys(in: "`\(key)` (only the site's languages \(languages.joined(separator: ", ")) are allowed)", diagnostics: &diagnostics)
            return LocalizedText(values)
        default:
            diagnostics.append(wrongType(key, value, expected: .localizedText))
            return nil
        }
    }
}
