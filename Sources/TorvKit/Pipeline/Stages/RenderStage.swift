/// Stage 5: views into templates (see `RenderedSite`).
enum RenderStage {
    static func run(
        _ loaded: LoadedSite, _ planned: PlannedSite, _ converted: ConvertedSite, cache: RenderCache?, diagnostics: inout [Diagnostic]
    ) -> RenderedSite {
        guard let templates = loaded.templates else {
            // Links are still resolved, for their diagnostics.
            for page in converted.pages {
                _ = PageRenderer.view(for: page, planned: planned, resolver: converted.resolver, diagnostics: &diagnostics)
            }
            let redirect = SpecialPages.accessibilityRedirect(config: loaded.content.config, strings: loaded.content.strings)
            return RenderedSite(files: [redirect], fresh: nil, renderer: nil, sitemap: [])
        }
        let renderer = PageRenderer(templates: templates, memo: cache?.pages)
        // A content page's view is made and rendered in one task, so views are not all held at once.
        let contentPages = Parallel.map(converted.pages) { page -> (file: OutputFile, made: Bool, diagnostics: [Diagnostic], entry: Sitemap.Entry?) in
            var local: [Diagnostic] = []
            let view = PageRenderer.view(for: page, planned: planned, resolver: converted.resolver, diagnostics: &local)
            let job = GeneratedPage(path: page.page.outputPath, layout: page.page.source.frontMatter.layout, view: view)
            let made = renderer.render(job)
            return (made.file, made.made, local, Sitemap.entry(for: job))
        }
        diagnostics += contentPages.flatMap(\.diagnostics)
        var jobs = planned.sections.flatMap { $0.pages() }
        jobs += planned.plan.config.languages.map { language in
            let page = planned.builder.notFound(language: language)
            return GeneratedPage(path: page.path, layout: .notFound, view: page.view)
        }
        let generated = Parallel.map(jobs) { renderer.render($0) }
        var files = contentPages.map(\.file) + generated.map(\.file)
        let fresh = Set(contentPages.filter(\.made).map(\.file.path) + generated.filter(\.made).map(\.file.path))
        cache?.count(rendered: contentPages.filter(\.made).count, sections: generated.contains { $0.made })
        files.append(SpecialPages.accessibilityRedirect(config: loaded.content.config, strings: loaded.content.strings))
        files += planned.sections.flatMap { $0.files() }
        let sitemap = contentPages.compactMap(\.entry) + jobs.compactMap(Sitemap.entry(for:))
        return RenderedSite(files: files, fresh: cache == nil ? nil : fresh, renderer: renderer, sitemap: sitemap)
    }
}
