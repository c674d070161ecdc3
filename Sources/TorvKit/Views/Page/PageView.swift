/// Everything a page's template reads: the language's chrome, the page, its languages and
/// breadcrumbs, and what a section adds for its layout (`section`).
struct PageView: ViewModel {
    var chrome: ChromeView
    var nav: [NavItemView]
    /// The page, kept by reference: templates read `page.…` many times.
    var pageRef: ViewRef<PageInfoView>
    var page: PageInfoView {
        get { pageRef.value }
        set { pageRef = ViewRef(newValue) }
    }
    var alternates: [AlternateView]
    var defaultAlternate: String
    var switcher: [SwitcherEntryView]
    var breadcrumbs: [LinkView]
    var jsonLD: String?
    /// The section's view for this layout (`Layout.sectionView`), whose fields sit beside these.
    var section: (any ViewModel)?

    init(
        chrome: ChromeView, nav: [NavItemView], page: PageInfoView, alternates: [AlternateView], defaultAlternate: String,
        switcher: [SwitcherEntryView], breadcrumbs: [LinkView], jsonLD: String? = nil, section: (any ViewModel)? = nil
    ) {
        self.chrome = chrome
        self.nav = nav
        self.pageRef = ViewRef(page)
        self.alternates = alternates
        self.defaultAlternate = defaultAlternate
        self.switcher = switcher
        self.breadcrumbs = breadcrumbs
        self.jsonLD = jsonLD
        self.section = section
    }

    static let fields = ViewFields<PageView>([
        "lang": .text(\.chrome.lang), "site": .shared(\.chrome.site), "t": .uiStrings(\.chrome.t),
        "authority": .shared(\.chrome.authority), "privacyPolicy": .text(\.chrome.privacyPolicy),
        "accessibilityStatement": .text(\.chrome.accessibilityStatement), "assets": .shared(\.chrome.assets),
        "nav": .list(\.nav), "page": .shared(\.pageRef), "alternates": .list(\.alternates),
        "defaultAlternate": .text(\.defaultAlternate), "switcher": .list(\.switcher), "breadcrumbs": .list(\.breadcrumbs),
        "jsonLD": .text(\.jsonLD),
    ])

    /// The fields above that come from the language's `chrome`, the same on all its pages: a partial
    /// that reads nothing else is rendered once per language (`SharedPartials`).
    static let chromeFields: Set<String> = ["lang", "site", "t", "authority", "privacyPolicy", "accessibilityStatement", "assets"]

    func value(named name: ViewName) -> ViewValue? {
        Self.fields.has(name) ? Self.fields.value(named: name, of: self) : section?.value(named: name)
    }

    func hash(into hash: inout KeyHash) {
        Self.fields.hash(self, into: &hash)
        section?.hash(into: &hash)
    }
}
