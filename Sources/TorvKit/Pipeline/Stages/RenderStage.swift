/// Stage 5: views into templates (see `RenderedSite`).
enum RenderStage {
    static func run(
        _ loaded: LoadedSite, _ planned: PlannedSite, _ converted: ConvertedSite, cache: RenderCache?, sink: OutputSink?,
        diagnostics: inout [Diagnostic]
    ) -> RenderedSite {
        guard let templates = loaded.templates else {
            // Links are still resolved, for their diagnostics.
            for page in converted.pages {
                let page = ConvertedPage(page: page.page, markdown: converted.markdown(of: page))
                _ = PageRenderer.view(for: page, planned: planned, resolver: converted.resolver, diagnostics: &diagnostics)
            }
            let redirect = SpecialPages.accessibilityRedirect(config: loaded.content.config, strings: loaded.content.strings)
            return RenderedSite(files: [redirect], streamed: [], known: [], renderer: nil, sitemap: [])
        }
        let renderer = PageRenderer(templates: templates, memo: cache?.pages)
        // A content page's view is made, rendered (and with a sink written) in one task, so neither
        // views nor pages are all held at once.
        let contentPages = Parallel.map(converted.pages) { page -> (page: Delivered, diagnostics: [Diagnostic], entry: Sitemap.Entry?) in
            var local: [Diagnostic] = []
            let page = ConvertedPage(page: page.page, markdown: converted.markdown(of: page))
            let view = PageRenderer.view(for: page, planned: planned, resolver: converted.resolver, diagnostics: &local)
            let file = page.page.source.file
            if cache == nil { file.release() }
            if file.changedSinceRead {
                return (Delivered(path: page.page.outputPath), [Diagnostic(.changedDuringBuild(), at: SourceLocation(path: file.path))], nil)
            }
            let job = GeneratedPage(path: page.page.outputPath, layout: page.page.source.frontMatter.layout, view: view)
            return (Delivered(renderer.render(job, diagnostics: &local), to: sink), local, Sitemap.entry(for: job))
        }
        diagnostics += contentPages.flatMap(\.diagnostics)
        var jobs = planned.sections.flatMap { $0.pages() }
        jobs += planned.plan.config.languages.map { language in
            let page = planned.builder.notFound(language: language)
            return GeneratedPage(path: page.path, layout: .notFound, view: page.view)
        }
        let generatedPages = Parallel.map(jobs) { job -> (page: Delivered, diagnostics: [Diagnostic]) in
            var local: [Diagnostic] = []
            return (Delivered(renderer.render(job, diagnostics: &local), to: sink), local)
        }
        diagnostics += generatedPages.flatMap(\.diagnostics)
        let generated = generatedPages.map(\.page)
        let pages = contentPages.map(\.page) + generated
        var files = pages.compactMap(\.file)
        cache?.count(rendered: contentPages.filter(\.page.made).count, sections: generated.contains { $0.made })
        files.append(SpecialPages.accessibilityRedirect(config: loaded.content.config, strings: loaded.content.strings))
        files += planned.sections.flatMap { $0.files() }
        let sitemap = contentPages.compactMap(\.entry) + jobs.compactMap(Sitemap.entry(for:))
        return RenderedSite(
            files: files, streamed: pages.filter(\.written).compactMap(\.resources),
            known: pages.filter { !$0.written }.compactMap(\.resources), renderer: renderer, sitemap: sitemap)
    }

    /// A rendered page: held, or (with a sink) written at once, with what it loads from other hosts
    /// when that is known (found when it was made: always with a sink, and with a cache).
    struct Delivered: Sendable {
        var path: String
        var file: OutputFile?
        var resources: PageResources?
        var written = false
        var made: Bool

        /// A page not rendered (its file changed during the build, which is an error).
        init(path: String) {
            self.path = path
            made = false
        }

        init(_ rendered: (file: OutputFile, resources: PageResources?, made: Bool), to sink: OutputSink?) {
            path = rendered.file.path
            made = rendered.made
            resources = rendered.resources
            if let sink {
                if resources == nil { resources = PageResources(file: rendered.file) }
                sink.accept(rendered.file)
                written = true
            } else {
                file = rendered.file
            }
        }
    }
}
