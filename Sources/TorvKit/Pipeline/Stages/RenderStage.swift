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
        let contentPages = Parallel.map(converted.pages) { page in
            content(
                ConvertedPage(page: page.page, markdown: converted.markdown(of: page)), planned: planned, resolver: converted.resolver,
                renderer: renderer, release: cache == nil, sink: sink)
        }
        return finish(loaded, planned, contentPages, renderer: renderer, cache: cache, sink: sink, diagnostics: &diagnostics)
    }

    /// A content page rendered: its file (held or written), the problems found, its sitemap entry
    /// and the links to headings its resolver could not check yet (see `LinkResolver.anchors`).
    struct ContentPage: Sendable {
        var page: Delivered
        var diagnostics: [Diagnostic]
        var entry: Sitemap.Entry?
        var unchecked: [LinkSubstitution.UncheckedAnchor] = []
    }

    /// One content page: its view, rendered (and with a sink written). `release`: its text is not
    /// needed again (a build without a cache).
    static func content(
        _ page: ConvertedPage, planned: PlannedSite, resolver: LinkResolver, renderer: PageRenderer, release: Bool, sink: OutputSink?
    ) -> ContentPage {
        var local: [Diagnostic] = []
        var unchecked: [LinkSubstitution.UncheckedAnchor] = []
        let view = PageRenderer.view(for: page, planned: planned, resolver: resolver, diagnostics: &local, unchecked: &unchecked)
        let file = page.page.source.file
        if release { file.release() }
        if file.changedSinceRead {
            return ContentPage(
                page: Delivered(path: page.page.outputPath), diagnostics: [Diagnostic(.changedDuringBuild(), at: SourceLocation(path: file.path))],
                entry: nil)
        }
        let job = GeneratedPage(path: page.page.outputPath, layout: page.page.source.frontMatter.layout, view: view)
        let delivered = Delivered(renderer.render(job, diagnostics: &local), to: sink)
        return ContentPage(page: delivered, diagnostics: local, entry: Sitemap.entry(for: job), unchecked: unchecked)
    }

    /// Once the content pages are rendered: the pages the sections generate and the 404 pages, the
    /// sections' other files, and the whole stage's outcome.
    static func finish(
        _ loaded: LoadedSite, _ planned: PlannedSite, _ contentPages: [ContentPage], renderer: PageRenderer, cache: RenderCache?,
        sink: OutputSink?, diagnostics: inout [Diagnostic]
    ) -> RenderedSite {
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
