/// The build as named stages: load → images → plan → validate → convert (Markdown) → render → check.
/// It produces the site's files in memory; `SiteBuilder` writes them. With an output sink (`torv
/// build`), the pages go to disk as they are rendered instead (when nothing before rendering failed).
/// With a `RenderCache` (`torv serve`), the stages reuse what an earlier build made from the same inputs.
public enum SiteRenderer {
    public static func render(_ options: BuildOptions, cache: RenderCache? = nil) -> SiteOutput {
        render(options, cache: cache, sink: nil)
    }

    static func render(_ options: BuildOptions, cache: RenderCache?, sink: OutputSink?) -> SiteOutput {
        cache?.resetStatistics()
        cache?.last = nil
        var diagnostics: [Diagnostic] = []
        guard let read = LoadStage.run(options, cache: cache, diagnostics: &diagnostics) else {
            return SiteOutput(files: nil, diagnostics: DiagnosticList(diagnostics).sorted, pagesPerLanguage: [])
        }
        let loaded = ScheduleStage.run(read, today: options.today, includeDrafts: options.includeDrafts)
        let imaged = ImageStage.run(loaded, cache: ImageCache(output: options.output), memo: cache, diagnostics: &diagnostics)
        let planned = PlanStage.run(loaded, images: imaged.images, today: options.today, diagnostics: &diagnostics)
        ValidateStage.run(loaded, planned, today: options.today, diagnostics: &diagnostics)
        let converted = ConvertStage.run(loaded, planned, cache: cache, holdLimit: options.heldMarkdownLimit, diagnostics: &diagnostics)
        ImageUses.check(loaded, converted, images: imaged.images, diagnostics: &diagnostics)
        let streaming = DiagnosticList(diagnostics).hasErrors ? nil : sink
        let rendered = RenderStage.run(loaded, planned, converted, cache: cache, sink: streaming, diagnostics: &diagnostics)
        let files = rendered.files + CopyStage.run(loaded, diagnostics: &diagnostics) + imaged.files
        let paths = files.map(\.path) + rendered.streamed.map(\.path)
        let addresses = AddressStage.run(loaded, planned, paths: paths, options: options, diagnostics: &diagnostics)
        let site = files + addresses.files + Sitemap.files(for: rendered.sitemap, config: loaded.content.config)
        CheckStage.run(site, streamed: rendered.streamed, recheck: rendered.fresh, loaded: loaded, diagnostics: &diagnostics)
        cache?.finishBuild()
        if let cache, let renderer = rendered.renderer {
            cache.last = LastBuild(planned: planned, resolver: converted.resolver, renderer: renderer, diagnostics: diagnostics)
        }
        var output = SiteOutput(site: site, streamed: rendered.streamed.map(\.path), diagnostics: diagnostics, config: loaded.content.config)
        output.nextChange = NextChange.find(in: read.content, today: options.today)
        output.addresses = addresses.addresses
        if options.includeDrafts { output.draftBanner = DraftBanner(config: loaded.content.config, strings: loaded.content.strings) }
        return output
    }
}
