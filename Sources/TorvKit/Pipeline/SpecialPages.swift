/// The `/was/` redirect, a page with no Markdown source and no template.
enum SpecialPages {
    /// The UI strings the `/was/` page reads, besides `accessibility_statement`.
    static let requiredStrings = ["accessibility_statement_link"]

    /// `/was/` must lead to the accessibility statement made in the state's WAS tool. Its texts come
    /// from every language's UI strings (`accessibility_statement`, `accessibility_statement_link`),
    /// the default language first; the others are marked with their `lang`.
    static func accessibilityRedirect(config: SiteConfig, strings: [String: UIStrings]) -> OutputFile {
        let url = HTML.escapeAttribute(config.accessibilityStatement)
        let head = "<meta http-equiv=\"refresh\" content=\"0; url=\(url)\">\n<link rel=\"canonical\" href=\"\(url)\">\n"
        let html = NoticePage.html(config: config, strings: strings, homeLink: false, titleKey: "accessibility_statement", head: head) {
            language, attribute in
            "<p\(attribute)><a href=\"\(url)\">\(NoticePage.text(strings, "accessibility_statement_link", language))</a></p>\n"
        }
        return OutputFile(path: "was/index.html", text: html)
    }
}
