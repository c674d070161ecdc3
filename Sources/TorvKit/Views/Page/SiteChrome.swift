/// The chrome of every language (site, menu, interface texts, footer), built once per build.
struct SiteChrome: Sendable {
    let byLanguage: [String: ChromeView]

    init(plan: SitePlan, strings: [String: UIStrings], cssPath: String) {
        byLanguage = Dictionary(uniqueKeysWithValues: plan.config.languages.map { language in
            (language, Self.chrome(language, plan: plan, strings: strings, cssPath: cssPath))
        })
    }

    subscript(language: String) -> ChromeView? { byLanguage[language] }

    /// Chrome with nothing in it, for a language the site does not have (never used by a valid plan).
    static func empty(_ language: String) -> ChromeView {
        ChromeView(
            lang: language, site: ViewRef(SiteView(title: "", tagline: "", home: "", baseURL: "")), t: UIStringsView(values: [:]),
            authority: ViewRef(AuthorityView(name: "", address: "")), privacyPolicy: "", accessibilityStatement: "",
            assets: ViewRef(AssetsView(css: "")), menu: [])
    }

    private static func chrome(_ language: String, plan: SitePlan, strings: [String: UIStrings], cssPath: String) -> ChromeView {
        let config = plan.config
        let fallback = config.defaultLanguage
        let homePath = language == fallback ? "" : language + "/"
        let menu = config.navigation.compactMap { entry -> (item: NavItemView, sectionKey: String?)? in
            guard let target = plan.bestVersion(of: plan.resolve(entry.pageKey), for: language) else { return nil }
            let item = NavItemView(
                title: entry.title?.text(in: language, fallback: fallback) ?? target.source.frontMatter.title,
                url: plan.url(target.path), current: false, hreflang: target.language != language ? target.language : nil)
            // The home entry is never marked current: every page is below it.
            return (item, entry.pageKey == "index" ? nil : plan.resolve(entry.pageKey))
        }
        return ChromeView(
            lang: language,
            site: ViewRef(SiteView(
                title: config.title.text(in: language, fallback: fallback),
                tagline: config.tagline.text(in: language, fallback: fallback),
                home: plan.url(homePath), baseURL: config.baseURL)),
            t: UIStringsView(values: strings[language]?.values ?? strings[fallback]?.values ?? [:]),
            authority: ViewRef(authority(config.authority, language, fallback: fallback)),
            privacyPolicy: config.privacyPolicy.text(in: language, fallback: fallback),
            accessibilityStatement: plan.url("was/"),
            assets: ViewRef(AssetsView(css: plan.url(cssPath))),
            menu: menu)
    }

    private static func authority(_ authority: SiteConfig.Authority, _ language: String, fallback: String) -> AuthorityView {
        AuthorityView(
            name: authority.name.text(in: language, fallback: fallback),
            department: authority.department?.text(in: language, fallback: fallback),
            address: authority.address,
            phone: authority.phone, phoneHref: authority.phone.map(ContactLinks.tel),
            email: authority.email, emailHref: authority.email.map(ContactLinks.mailto),
            website: authority.website)
    }
}
