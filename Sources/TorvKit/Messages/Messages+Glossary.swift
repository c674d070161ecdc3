/// Messages about the glossary (`content/glossary.yaml`).
extension Message {
    static func glossaryBadID(_ id: String) -> Message {
        .error(.badID, "the glossary id `\(id)` may only contain lowercase letters a–z, digits and hyphens",
            hint: "the id is the word before the colon and the entry's anchor on the glossary page; write it without "
                + "capitals, spaces or æ, ø, å, for example `\(SlugRules.suggest(from: id)):`")
    }

    static func glossaryTermMissing(id: String, language: String) -> Message {
        let name = LanguageNames.english(language)
        return .error(.glossaryTermMissing, "the glossary entry `\(id)` has no \(name) text (`\(language)`)",
            hint: "add `\(language):` below `\(id):` with the word's `term`, its other `forms` and an `explanation` "
                + "in \(name), as the other languages have; a glossary entry is explained in every language of the site")
    }

    static func glossaryDuplicateForm(form: String, language: String, first: String) -> Message {
        .error(.glossaryDuplicateForm, "the form `\(form)` (`\(language)`) belongs to the glossary entry `\(first)` already",
            hint: "a word can lead to one entry only: delete `\(form)` here or from `\(first)`, "
                + "or merge the two entries if they explain the same thing")
    }

    static func glossaryUnusedTerm(id: String) -> Message {
        .warning(.glossaryUnusedTerm, "no page uses the glossary entry `\(id)` in any of its forms",
            hint: "add the forms the pages use to its `forms` (like `fleksjobbet` beside `fleksjob`), "
                + "or delete the entry if the site no longer needs it")
    }
}
