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
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let afterScheme = baseURL[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        var path = String(afterScheme[slash...])
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// The scheme and host part of the base URL, without a trailing slash.
    public var origin: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return baseURL }
        let afterScheme = baseURL[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return baseURL }
        return String(baseURL[..<slash])
    }
}
