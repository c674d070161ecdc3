/// Stage 2: every page's address and translations (`SitePlan`), the views' builder, and the data
/// sections with their references resolved.
struct PlannedSite: Sendable {
    var plan: SitePlan
    var builder: PageViewBuilder
    var sections: [any SiteSection]
}
