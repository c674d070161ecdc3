/// `content/site.yaml`: what the whole site shares.
public struct SiteConfig: Sendable {
    /// Language codes; the first is the default, published at `/`, the others under `/<code>/`.
    public var languages: [String]
    public var baseURL: String
    public var title: LocalizedText
    public var tagline: LocalizedText
    public var authority: Authority
    public var navigation: [NavigationEntry]
    /// Raw HTML in Markdown is left out unless the site opts in.
    public var allowRawHTML: Bool
    /// The municipality's privacy policy, per language.
    public var privacyPolicy: LocalizedText
    /// The accessibility statement made in the WAS tool (required by Danish law).
    public var accessibilityStatement: String
    /// `search: true`: the site has a search page (`layout: search`), and `torv build` indexes the
    /// finished site with Pagefind before publishing it.
    public var search: Bool = false
    /// Where site.yaml says `search:`, for messages about the search.
    public var searchLocation: SourceLocation? = nil

    /// (`SiteConfigLoader` never returns a config without languages.)
    public var defaultLanguage: String { languages.first ?? "" }

    public struct Authority: Sendable {
        public var name: LocalizedText
        public var department: LocalizedText?
        public var address: String
        public var phone: String?
        public var email: String?
        public var website: String?
    }

    public struct NavigationEntry: Sendable {
        /// The page's translation key: its path in `content/` without `.<lang>.md`, e.g. `strategi/index`.
        public var pageKey: String
        /// Overrides the page's own title in the menu.
        public var title: LocalizedText?
        public var location: SourceLocation
    }

    /// The path part of the base URL, always starting and ending with `/` (e.g. `/` or `/socialoekonomi/`).
    /// (Read for every link and page: found on the UTF-8 bytes, without Foundation's search.)
    public var basePath: String {
        guard let slash = pathStart else { return "/" }
        var path = String(baseURL[slash...])
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// The scheme and host part of the base URL, without a trailing slash.
    public var origin: String {
        guard let slash = pathStart else { return baseURL }
        return String(baseURL[..<slash])
    }

    /// Where the path begins: the first `/` after `://`; nil without either.
    private var pathStart: String.Index? {
        let bytes = baseURL.utf8
        var index = bytes.startIndex
        var matched = 0
        while index != bytes.endIndex, matched < 3 {
            let byte = bytes[index]
            matched = byte == UInt8(ascii: ":") ? 1 : (byte == UInt8(ascii: "/") && matched > 0 ? matched + 1 : 0)
            index = bytes.index(after: index)
        }
        guard matched == 3 else { return nil }
        return bytes[index...].firstIndex(of: UInt8(ascii: "/"))
    }
}
