/// Reads `content/i18n/<lang>.yaml`: one `key: text` line per interface text.
enum UIStringsLoader {
    static func load(_ file: SourceFile, language: String, diagnostics: inout [Diagnostic]) -> UIStrings? {
        guard let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
            let root = document.rootMapping(diagnostics: &diagnostics, what: "a UI strings file")
        else { return nil }
        var values: [String: String] = [:]
        var locations: [String: SourceLocation] = [:]
        for entry in root.entries {
            guard case .scalar(let scalar) = entry.value else {
                diagnostics.append(Diagnostic(.uiStringNotText(key: entry.key), at: document.location(of: entry.value)))
                values[entry.key] = ""
                continue
            }
            if scalar.isNull {
                diagnostics.append(Diagnostic(.uiStringEmpty(key: entry.key), at: document.location(of: entry.keyNode)))
                values[entry.key] = ""
                continue
            }
            values[entry.key] = scalar.string
            locations[entry.key] = document.location(of: entry.keyNode)
        }
        return UIStrings(language: language, values: values, locations: locations, file: file)
    }

    /// Every key must exist in every language: a string missing in one is an error, not an empty label.
    static func checkComplete(_ strings: [String: UIStrings], languages: [String], diagnostics: inout [Diagnostic]) {
        let allKeys = Set(strings.values.flatMap { $0.values.keys })
        for language in languages {
            guard let own = strings[language] else { continue }
            for key in allKeys.sorted() where own[key] == nil {
                // Point at the end of the file that lacks the key (where to add it), and name where it is defined.
                let other = languages.first { strings[$0]?[key] != nil } ?? language
                let definedAt = strings[other]?.locations[key]
                let location = SourceLocation(path: own.file.path, line: own.file.lineCount, column: 1)
                diagnostics.append(Diagnostic(
                    .uiStringMissing(key: key, language: language, definedIn: definedAt?.path, line: definedAt?.line),
                    at: location))
            }
        }
    }

    /// The keys Torv reads itself (formats, URL words, the `/was/` page) must exist in every language.
    /// A key that only some languages lack is already `uiStringMissing`; this reports the keys no language has.
    static func checkRequired(_ keys: [String], _ strings: [String: UIStrings], languages: [String], diagnostics: inout [Diagnostic]) {
        for key in keys where !strings.values.contains(where: { $0[key] != nil }) {
            for language in languages {
                guard let own = strings[language] else { continue }
                let location = SourceLocation(path: own.file.path, line: own.file.lineCount, column: 1)
                diagnostics.append(Diagnostic(.uiStringRequired(key: key, language: language), at: location))
            }
        }
    }
}
