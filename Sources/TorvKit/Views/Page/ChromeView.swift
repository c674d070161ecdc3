/// What every page of a language shares: the site, the menu's entries, the interface texts and
/// the footer. Built once per language (see `SiteChrome`).
struct ChromeView: Sendable {
    var lang: String
    var site: ViewRef<SiteView>
    var t: UIStringsView
    var authority: ViewRef<AuthorityView>
    var privacyPolicy: String
    var accessibilityStatement: String
    var assets: ViewRef<AssetsView>
    /// The menu, with each entry's page key (for marking the current section).
    var menu: [(item: NavItemView, sectionKey: String?)]
    /// The partials that read only these fields, rendered once for this language (`SharedPartials`).
    let partials = PartialOutputs()
}
