/// Messages about success stories (`content/stories/*.<lang>.md`) and about the pages that show a
/// section (`layout: catalogue`, `prize`, `market-day`, `stories`).
extension Message {
    // MARK: Stories

    static func storyLeadTooLong(count: Int, limit: Int) -> Message {
        .error(.tooLong, "the lead is \(count) characters; at most \(limit) are allowed",
            hint: "keep the lead to one or two sentences; the rest of the story belongs in the text below the front matter")
    }

    static func storyDateMissing() -> Message {
        .error(.missingKey, "a story needs `date`: when it was published",
            hint: "add a line `date: 2026-10-14` (the day the story is published) to the front matter")
    }

    static func storyImageAltMissing() -> Message {
        .error(.imageAltMissing, "the image has no text alternative (`alt`)",
            hint: "describe what the image shows for readers who cannot see it, like `alt: Nadia ved symaskinen`")
    }

    static func storyConsentMissing() -> Message {
        .error(.storyConsentMissing,
            "the story has no `consent`: the consent to publish from the people who can be recognised in it",
            hint: "get their consent before publishing, then add it to the front matter: when it was given and what it covers, "
                + "like `consent: {date: 2026-09-30, scope: \"Name, quote and photo may be used on the website\"}` "
                + "(`consent` is never shown on the site)")
    }

    /// `value` is the translation's, nil when it has none; `originalValue` likewise.
    static func storyTranslationDiffers(key: String, value: String?, original: String, originalValue: String?) -> Message {
        .warning(.storyTranslationDiffers,
            value == nil
                ? "`\(key)` is missing here, but the original story \(original) has it"
                : "`\(key)` is not the same as in the original story \(original)",
            hint: originalValue.map { "a translated story has the same `\(key)` as the original: write `\(key): \($0)`, as in \(original)" }
                ?? "a translated story has the same `\(key)` as the original, which has none: delete the `\(key)` line here, or add it to \(original) too")
    }

    static func storyUnknownTheme(_ theme: String, known: [String]) -> Message {
        .error(.unknownTheme, "unknown theme `\(theme)`",
            hint: Suggestions.hint(for: theme, in: known, noun: "themes in content/stories/themes.yaml")
                + " A new theme must first be added to that file.")
    }

    static func storyNoTheme() -> Message {
        .error(.missingValue, "a story needs at least one theme",
            hint: "write the ids of its themes from content/stories/themes.yaml in the brackets, like `themes: [youth, flexi-job]`")
    }

    static func storyUnknownEnterprise(_ id: String, known: [String]) -> Message {
        .error(.unknownEnterprise, "the story is about `\(id)`, which is not in the catalogue",
            hint: EnterpriseReference.hint(for: id, known: known, otherwise: "leave out `enterprise`"))
    }

    static func storyMissingImage(_ file: String) -> Message {
        .error(.missingImage, "the image `\(file)` does not exist",
            hint: "put the file in content/\(file), or correct the path (it starts from the content folder, like `media/stories/nadia.jpg`)")
    }

    // MARK: Section pages

    static func sectionPageMissing(layout: String, language: String) -> Message {
        let folder = ["market-day": "markedsdag", "prize": "pris", "stories": "stories", "glossary": "ordliste"][layout] ?? layout
        return .error(.sectionPageMissing, "there is \(layout) data but no page with `layout: \(layout)` to show it",
            hint: "add content/\(folder)/index.\(language).md (and its translations) with `layout: \(layout)` and a short introduction")
    }

    static func sectionPageTwice(layout: String, first: String) -> Message {
        .error(.sectionPageTwice, "only one page can have `layout: \(layout)`, and \(first) has it already",
            hint: "delete the `layout: \(layout)` line here, or delete this page if it is a copy")
    }
}
