/// The `/was/` redirect, a page with no Markdown source and no template.
enum SpecialPages {
    /// The UI strings the `/was/` page reads, besides `accessibility_statement`.
    static let requiredStrings = ["accessibility_statement_link"]

    /// `/was/` must lead to the accessibility statement made in the state's WAS tool. Its texts come
    /// from every language's UI strings (`accessibility_statement`, `accessibility_statement_link`),
    /// the default language first; the others are marked with their `lang`.
    static func accessibilityRedirect(config: SiteConfig, strings: [String: UIStrings]) -> OutputFile {
        let url = HTML.escapeAttribute(config.accessibilityStatement)
        let lang = config.defaultLanguage
        func text(_ key: String, _ language: String) -> String { HTML.escapeText(strings[language]?[key] ?? key) }
        let title = config.languages.map { text("accessibility_statement", $0) }.joined(separator: " – ")
        let links = config.languages.map { language in
            let attribute = language == lang ? "" : " lang=\"\(language)\""
            return "<p\(attribute)><a href=\"\(url)\">\(text("accessibility_statement_link", language))</a></p>\n"
        }.joined()
        let html = """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(url)">
            <link rel="canonical" href="\(url)">
            </head>
            <body>
            <main>
            <h1>\(text("accessibility_statement", lang))</h1>
            \(links)</main>
            </body>
            </html>

            """
        return OutputFile(path: "was/index.html", text: html)
    }
}
