/// A small page Torv writes without a template (the `/was/` redirect, redirect and gone pages at
/// old addresses): a heading and a paragraph in every site language, the default language first and
/// the others marked with their `lang`, texts from the UI strings.
enum NoticePage {
    static func text(_ strings: [String: UIStrings], _ key: String, _ language: String) -> String {
        HTML.escapeText(strings[language]?[key] ?? key)
    }

    /// `head` goes into `<head>` after `noindex` (it ends with a line break); `body(language, langAttribute)`
    /// gives each language's paragraph; `homeLink` adds a link to the home page.
    static func html(
        config: SiteConfig, strings: [String: UIStrings], homeLink: Bool, titleKey: String, head: String,
        body: (String, String) -> String
    ) -> String {
        let lang = config.defaultLanguage
        let title = config.languages.map { text(strings, titleKey, $0) }.joined(separator: " – ")
        let paragraphs = config.languages.map { language in
            body(language, language == lang ? "" : " lang=\"\(language)\"")
        }.joined()
        let home = homeLink
            ? "<p><a href=\"\(HTML.escapeAttribute(config.basePath))\">\(HTML.escapeText(config.title.text(in: lang, fallback: lang)))</a></p>\n"
            : ""
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <meta name="robots" content="noindex">
            \(head)</head>
            <body>
            <main>
            <h1>\(text(strings, titleKey, lang))</h1>
            \(paragraphs)\(home)</main>
            </body>
            </html>

            """
    }
}
