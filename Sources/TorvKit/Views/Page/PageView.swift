/// Everything a page's template reads: the language's chrome, the page, its languages and
/// breadcrumbs, and what a section adds for its layout (`section`).
struct PageView: ViewModel {
    var chrome: ChromeView
    var nav: [NavItemView]
    var page: PageInfoView
    var alternates: [AlternateView]
    var defaultAlternate: String
    var switcher: [SwitcherEntryView]
    var breadcrumbs: [LinkView]
    var jsonLD: String?
    /// The section's view for this layout (`Layout.sectionView`), whose fields sit beside these.
    var section: (any ViewModel)?

    static let fields = ViewFields<PageView>([
        "lang": .text(\.chrome.lang), "site": .object(\.chrome.site), "t": .uiStrings(\.chrome.t),
        "authority": .object(\.chrome.authority), "privacyPolicy": .text(\.chrome.privacyPolicy),
        "accessibilityStatement": .text(\.chrome.accessibilityStatement), "assets": .object(\.chrome.assets),
        "nav": .list(\.nav), "page": .object(\.page), "alternates": .list(\.alternates),
        "defaultAlternate": .text(\.defaultAlternate), "switcher": .list(\.switcher), "breadcrumbs": .list(\.breadcrumbs),
        "jsonLD": .text(\.jsonLD),
    ])

    func child(named name: String) -> Any? {
        if Self.fields.contains(name) { return Self.fields.value(named: name, of: self) }
        return section?.child(named: name)
    }

    func hash(into hash: inout StableHash) {
        Self.fields.hash(self, into: &hash)
        section?.hash(into: &hash)
    }
}
