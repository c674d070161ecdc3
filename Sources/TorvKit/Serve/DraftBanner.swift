/// The banner `torv serve --drafts` puts at the top of every page, so that nobody mistakes a preview
/// with drafts for the published site. Its text is the UI string `preview_drafts` of the page's
/// language (the catalogue's wording when a site has not written one yet).
public struct DraftBanner: Sendable {
    /// Language → the banner's HTML.
    var html: [String: String]
    var defaultLanguage: String
    var languages: [String]

    init(config: SiteConfig, strings: [String: UIStrings]) {
        defaultLanguage = config.defaultLanguage
        languages = config.languages
        var html: [String: String] = [:]
        for language in config.languages {
            let text = strings[language]?[Self.key] ?? PreviewTexts.draftsBanner
            html[language] = "<div class=\"torv-drafts\" role=\"note\" lang=\"\(language)\" "
                + "style=\"background:#fff0b3;color:#1a1a1a;border-bottom:4px solid #1a1a1a;padding:0.75rem 1rem;font-weight:bold\">"
                + HTML.escapeText(text) + "</div>\n"
        }
        self.html = html
    }

    static let key = "preview_drafts"

    /// The banner for the page at `path` (inside the site), in the language of its folder.
    func html(for path: String) -> String {
        let first = path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        let language = languages.contains(first) && path.contains("/") ? first : defaultLanguage
        return html[language] ?? ""
    }

    /// The page with the banner just after its `<body>` tag.
    func insert(into bytes: [UInt8], path: String) -> [UInt8] {
        guard let body = Bytes.find(Array("<body".utf8), in: bytes),
            let close = bytes[body...].firstIndex(of: UInt8(ascii: ">"))
        else { return bytes }
        return Array(bytes[...close]) + Array(html(for: path).utf8) + Array(bytes[(close + 1)...])
    }
}
