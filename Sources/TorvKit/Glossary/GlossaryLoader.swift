/// Reads `content/glossary.yaml`: one entry per id, with `term`, `forms` and `explanation` in
/// every language of the site.
///
/// ```yaml
/// fleksjob:
///   da: {term: fleksjob, forms: [fleksjobbet, fleksjobs], explanation: Et fleksjob er …}
///   en: {term: flexi-job, forms: [flexi-jobs], explanation: A flexi-job is …}
/// ```
enum GlossaryLoader {
    static let path = "glossary.yaml"

    static func load(
        files: [String], directory: ContentDirectory, languages: [String], diagnostics: inout [Diagnostic]
    ) -> Glossary? {
        guard files.contains(path), let file = directory.readText(path, diagnostics: &diagnostics),
              let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
              let root = document.rootMapping(diagnostics: &diagnostics, what: path)
        else { return nil }
        return read(root, languages: languages, diagnostics: &diagnostics)
    }

    static func read(_ root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]) -> Glossary {
        var entries: [Glossary.Entry] = []
        /// Per language: each form, lowercased, with the entry that has it.
        var owners: [String: [String: String]] = [:]
        for (id, keyNode, _) in root.entries {
            let location = root.document.location(of: keyNode)
            guard SlugRules.isValid(id) else {
                diagnostics.append(Diagnostic(.glossaryBadID(id), at: location, excerpt: root.document.file.line(location.line)))
                continue
            }
            guard let entry = root.mapping(id, required: true, diagnostics: &diagnostics) else { continue }
            var terms: [String: Glossary.Term] = [:]
            for language in languages {
                guard entry.has(language) else {
                    diagnostics.append(Diagnostic(
                        .glossaryTermMissing(id: id, language: language), at: location,
                        excerpt: root.document.file.line(location.line)))
                    continue
                }
                guard let fields = entry.mapping(language, diagnostics: &diagnostics),
                      let term = read(fields, id: id, language: language, owners: &owners[language, default: [:]],
                                      diagnostics: &diagnostics)
                else { continue }
                terms[language] = term
            }
            entry.reportUnknownKeys(in: "the glossary entry `\(id)`", diagnostics: &diagnostics)
            entries.append(Glossary.Entry(id: id, location: location, terms: terms))
        }
        return Glossary(entries: entries)
    }

    /// One language of an entry; records its forms in `owners` and reports a form another entry has.
    private static func read(
        _ fields: YAMLMapping, id: String, language: String, owners: inout [String: String], diagnostics: inout [Diagnostic]
    ) -> Glossary.Term? {
        let term = fields.string("term", required: true, diagnostics: &diagnostics)
        let explanation = fields.string("explanation", required: true, diagnostics: &diagnostics)
        var forms: [String] = []
        var formNodes: [(String, SourceLocation)] = []
        if let term { formNodes.append((term, fields.location(ofValue: "term"))) }
        for item in fields.list("forms", diagnostics: &diagnostics) ?? [] {
            guard case .scalar(let scalar) = item, !scalar.isNull else {
                diagnostics.append(Diagnostic(
                    .yamlWrongType(key: "forms", expected: .text, found: item.valueDescription),
                    at: fields.document.location(of: item)))
                continue
            }
            let form = scalar.string.trimmingSpaces
            forms.append(form)
            formNodes.append((form, fields.document.location(of: item)))
        }
        fields.reportUnknownKeys(in: "the glossary entry `\(id)` (\(language))", diagnostics: &diagnostics)
        for (form, location) in formNodes {
            let key = form.lowercased()
            if let owner = owners[key], owner != id {
                diagnostics.append(Diagnostic(
                    .glossaryDuplicateForm(form: form, language: language, first: owner), at: location,
                    excerpt: fields.document.file.line(location.line)))
            } else {
                owners[key] = id
            }
        }
        guard let term, let explanation else { return nil }
        return Glossary.Term(term: term, forms: forms, explanation: explanation)
    }
}
