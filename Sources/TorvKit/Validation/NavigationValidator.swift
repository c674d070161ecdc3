/// Checks that every menu entry in site.yaml names a page that exists. (An entry for a page that is
/// a draft or outside its dates is left out of the menu until the page is published.)
enum NavigationValidator {
    static func check(_ config: SiteConfig, plan: SitePlan, diagnostics: inout [Diagnostic]) {
        for entry in config.navigation where plan.versions(of: plan.resolve(entry.pageKey)).isEmpty
            && plan.unpublished.pages[plan.resolve(entry.pageKey)] == nil && plan.unpublished.pages[entry.pageKey] == nil
        {
            diagnostics.append(Diagnostic(
                .navMissingPage(key: entry.pageKey, suggestion: Suggestions.closest(to: entry.pageKey, in: plan.keys)),
                at: entry.location))
        }
    }
}
