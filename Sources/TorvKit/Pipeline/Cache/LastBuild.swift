/// What the last build planned, kept by `RenderCache` so that `torv serve` can redo one page
/// without planning the whole site again.
struct LastBuild: Sendable {
    /// The planned pages, with the text they now have.
    var pages: [PlannedPage]
    var planned: PlannedSite
    var resolver: LinkResolver
    var renderer: PageRenderer
    /// Every diagnostic of the build, unsorted.
    var diagnostics: [Diagnostic]
    /// Relative path in `content/` → index in `pages`.
    var pageIndex: [String: Int]

    var allowRawHTML: Bool { planned.plan.config.allowRawHTML }

    init(planned: PlannedSite, resolver: LinkResolver, renderer: PageRenderer, diagnostics: [Diagnostic]) {
        self.pages = planned.plan.pages
        self.planned = planned
        self.resolver = resolver
        self.renderer = renderer
        self.diagnostics = diagnostics
        var index: [String: Int] = [:]
        for (i, page) in pages.enumerated() { index[page.source.relativePath] = i }
        self.pageIndex = index
    }
}
