/// Checks that every menu entry in site.yaml names a page that exists.
enum NavigationValidator {
    static func check(_ config: SiteConfig, plan: SitePlan, diagnostics: inout [Diagnostic]) {
        for entry in config.navigation where plan.versions(of: plan.resolve(entry.pageKey)).isEmpty {
            diagnostics.append(.error(
                "nav-missing-page", at: entry.location, "the menu links to `\(entry.pageKey)`, but there is no such page",
                hint: Suggestions.closest(to: entry.pageKey, in: plan.keys).map { "did you mean `\($0)`?" }
                    ?? "name the page by its path in content/ without the language, like `strategi/index`"))
        }
    }
}
