/// Messages about the site as a whole: the content folder, site.yaml, the interface texts in
/// `i18n/`, file names and files nobody uses, and the stories' themes file.
extension Message {
    // MARK: The content folder

    static func noContentFolder() -> Message {
        .error(.noContent, "the content folder does not exist",
            hint: "run Torv in the site's folder (the one that holds `content/`), or give the folder with --content")
    }

    static func noSiteConfig() -> Message {
        .error(.noSiteConfig, "site.yaml is missing",
            hint: "every site needs content/site.yaml with its title, languages, address and contact; put the file back, or copy it from another Torv site and change it")
    }

    /// A page whose file name does not end in one of the site's languages, like `mål.md` or `mål.fr.md`.
    static func pageFileName(name: String, languages: [String]) -> Message {
        let suffixes = languages.map { "`.\($0).md`" }.joined(separator: " or ")
        let renames = languages.map { "`\(name).\($0).md` (\(LanguageNames.english($0)))" }.joined(separator: " or ")
        return .error(.pageName, "a page's file name must end in \(suffixes), to say which language it is in",
            hint: "rename it to \(renames)")
    }

    /// A file that is neither a page, a data file nor in the media folder.
    static func unusedFile(pageSuffix: String, mediaFolder: String) -> Message {
        .warning(.unusedFile, "this file is not used by the site",
            hint: "pages end in \(pageSuffix); images and documents go in content/\(mediaFolder)/; delete the file if nothing needs it")
    }

    static func storyThemesMissing() -> Message {
        .error(.themesMissing, "the stories' themes are not defined",
            hint: "create content/stories/themes.yaml with one `id: {da: …, en: …}` per theme")
    }

    // MARK: site.yaml

    /// An entry of `languages` that is not a language code; `found` is how it reads.
    static func siteBadLanguage(found: String) -> Message {
        .error(.badLanguage, "a language must be a lowercase code like `da` or `en`, but this is \(found)",
            hint: "write the languages as codes, the site's main language first: `languages: [da, en]`")
    }

    static func siteLanguageTwice(language: String) -> Message {
        .error(.badLanguage, "the language `\(language)` is listed twice",
            hint: "remove the second `\(language)` from `languages`; each language is listed once")
    }

    static func siteBaseURLScheme() -> Message {
        .error(.badURL, "`base_url` must start with https://",
            hint: "write the address where the site is published, like `https://socialoekonomi.kolding.dk/`")
    }

    /// `base_url` (or `--base-url`) starts right but cannot be the site's address; `problem` says why.
    static func siteBaseURLInvalid(problem: String) -> Message {
        .error(.badURL, "`base_url` is not a plain web address: \(problem)",
            hint: "write only the address where the site is published, on one line, like `https://socialoekonomi.kolding.dk/`")
    }

    static func siteMissingContact() -> Message {
        .error(.missingContact, "the authority needs a `phone` or an `email` for citizens to use",
            hint: "add `phone:` or `email:` (or both) under `authority:`; use the municipality's general contact, never a named employee's")
    }

    static func siteNoAccessibilityStatement() -> Message {
        .error(.missingAccessibilityStatement,
            "the site has no `accessibility_statement`: Danish law requires one for every public-sector site",
            hint: "make the statement in the WAS tool (was.digst.dk) and add its address: `accessibility_statement: https://was.digst.dk/…`")
    }

    // MARK: Interface texts (i18n)

    /// The file of interface texts for `language` is missing; `copyFrom` is a language whose file exists.
    static func noUIStrings(language: String, copyFrom: String?) -> Message {
        let path = "content/i18n/\(language).yaml"
        return .error(.noUIStrings, "the interface texts for `\(language)` are missing",
            hint: copyFrom.map {
                "copy content/i18n/\($0).yaml to \(path) and translate the text after each colon (keep the keys before it as they are)"
            } ?? "create \(path) with one `key: text` line for each text of the site's menus, buttons and footer")
    }

    static func uiStringNotText(key: String) -> Message {
        .error(.uiStringType, "the UI string `\(key)` must be a single text",
            hint: "write `\(key): the text` on one line; put the text in double quotes if it starts with `[`, `{` or `- `")
    }

    static func uiStringEmpty(key: String) -> Message {
        .error(.uiStringEmpty, "the UI string `\(key)` is empty",
            hint: "write the text after `\(key):` on the same line")
    }

    /// A key that another language's file has and this one lacks; `definedIn` and `line` say where it is.
    static func uiStringMissing(key: String, language: String, definedIn: String?, line: Int?) -> Message {
        let name = LanguageNames.english(language)
        var definedAt = ""
        if let definedIn, let line { definedAt = " (it is defined in \(definedIn) on line \(line))" }
        return .error(.uiStringMissing, "the UI string `\(key)` has no \(name) text in this file\(definedAt)",
            hint: "add a line `\(key): …` with the \(name) text")
    }

    /// A key Torv itself needs (a date or price format, a word in addresses) that no language defines.
    static func uiStringRequired(key: String, language: String) -> Message {
        let name = LanguageNames.english(language)
        return .error(.uiStringRequired, "the UI string `\(key)` is missing: Torv needs it in every language (\(UIStringRule.purpose(of: key)))",
            hint: "add a line `\(key): …` with the \(name) text; the README's table of content formats shows the value for Danish "
                + "and English, e.g. `\(UIStringRule.example(of: key))`")
    }

    /// A format or URL word in the UI strings that Torv cannot use.
    static func uiStringFormat(key: String, rule: UIStringRule) -> Message {
        let problem: String
        let fix: String
        switch rule {
        case .placeholders(let names):
            let list = names.map { "`{\($0)}`" }.joined(separator: ", ")
            problem = "the UI string `\(key)` lacks \(list)"
            fix = "write the pattern with every placeholder, e.g. `\(key): \(UIStringRule.example(of: key))`"
        case .twelveMonths(let found):
            problem = "the UI string `\(key)` has \(found) month name\(found == 1 ? "" : "s"), not 12"
            fix = "write the twelve month names, January first, separated by commas, e.g. `\(key): \(UIStringRule.example(of: key))`"
        case .boolean(let found):
            problem = "the UI string `\(key)` is `\(found)`, not `true` or `false`"
            fix = "write `\(key): true` (curly quotes and dashes from straight ones) or `\(key): false`"
        case .slug(let found, let suggestion):
            problem = "the UI string `\(key)` is `\(found)`, which cannot be part of an address"
            fix = "use lowercase letters a-z, digits and hyphens, e.g. `\(key): \(suggestion)`"
        }
        return .error(.uiStringFormat, problem, hint: fix)
    }
}
