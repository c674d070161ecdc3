/// Stage 5: every page's view filled into its template (in parallel): the content pages, the
/// pages the sections generate and the 404 pages; then the sections' other files. With a cache,
/// a page whose view (everything it shows) and templates are unchanged is not rendered again.
struct RenderedSite: Sendable {
    var files: [OutputFile]
    /// The HTML made in this build; nil when everything was (no cache).
    var fresh: Set<String>?
    /// Nil when the templates have errors.
    var renderer: PageRenderer?
}

enum RenderStage {
    static func run(
        _ loaded: LoadedSite, _ planned: PlannedSite, _ converted: ConvertedSite, cache: RenderCache?, diagnostics: inout [Diagnostic]
    ) -> RenderedSite {
        let pages = Parallel.map(converted.pages) { page -> (view: PageView, diagnostics: [Diagnostic]) in
            var local: [Diagnostic] = []
            let view = PageRenderer.view(for: page, planned: planned, resolver: converted.resolver, diagnostics: &local)
            return (view, local)
        }
        diagnostics += pages.flatMap(\.diagnostics)
        guard let templates = loaded.templates else {
            return RenderedSite(files: [SpecialPages.accessibilityRedirect(config: loaded.content.config)], fresh: nil, renderer: nil)
        }
        let renderer = PageRenderer(templates: templates, memo: cache?.pages)
        var jobs = zip(converted.pages, pages).map { GeneratedPage(path: $0.page.outputPath, layout: $0.page.source.frontMatter.layout, view: $1.view) }
        let contentPages = jobs.count
        jobs += planned.sections.flatMap { $0.pages() }
        jobs += planned.plan.config.languages.map { language in
            let page = planned.builder.notFound(language: language)
            return GeneratedPage(path: page.path, layout: .notFound, view: page.view)
        }
        let made = Parallel.map(jobs) { renderer.render($0) }
        var files = made.map(\.file)
        let fresh = Set(made.filter(\.made).map(\.file.path))
        cache?.count(rendered: made.prefix(contentPages).filter(\.made).count, sections: made.dropFirst(contentPages).contains { $0.made })
        files.append(SpecialPages.accessibilityRedirect(config: loaded.content.config))
        files += planned.sections.flatMap { $0.files() }
        return RenderedSite(files: files, fresh: cache == nil ? nil : fresh, renderer: renderer)
    }
}
