/// Checks that every menu entry in site.yaml names a page that exists.
enum NavigationValidator {
    static func check(_ config: SiteConfig, plan: SitePlan, diagnostics: inout [Diagnostic]) {
        for entry in config.navigation where plan.versions(of: plan.resolve(entry.pageKey)).isEmpty {
            diagnostics.append(Diagnostic(
                .navMissingPage(key: entry.pageKey, suggestion: Suggestions.closest(to: entry.pageKey, in: plan.keys)),
                at: entry.location))
        }
    }
}
