/// The build as named stages: load → images → plan → validate → convert (Markdown) → render → check.
/// It produces the site's files in memory; `SiteBuilder` writes them. With an output sink (`torv
/// build`), the pages go to disk as they are rendered instead: without a cache, each page converted,
/// rendered and written in one task (`StreamStage`) when nothing before the Markdown failed; with a
/// cache, when nothing before rendering failed. A build with errors never publishes what it wrote.
/// With a `RenderCache` (`torv serve`), the stages reuse what an earlier build made from the same inputs.
public enum SiteRenderer {
    public static func render(_ options: BuildOptions, cache: RenderCache? = nil) -> SiteOutput {
        render(options, cache: cache, sink: nil)
    }

    static func render(_ options: BuildOptions, cache: RenderCache?, sink: OutputSink?) -> SiteOutput {
        cache?.resetStatistics()
        cache?.last = nil
        var diagnostics: [Diagnostic] = []
        guard let (loaded, nextChange) = loadAndSchedule(options, cache: cache, diagnostics: &diagnostics) else {
            return SiteOutput(files: nil, diagnostics: DiagnosticList(diagnostics).sorted, pagesPerLanguage: [])
        }
        options.afterLoading?()
        let imaged = ImageStage.run(
            loaded, cache: ImageCache(output: options.output), memo: cache, library: options.imageLibrary, diagnostics: &diagnostics)
        let planned = PlanStage.run(loaded, images: imaged.images, today: options.today, diagnostics: &diagnostics)
        ValidateStage.run(loaded, planned, today: options.today, diagnostics: &diagnostics)
        cache?.finishRestoring()
        let (converted, rendered, streaming) = convertAndRender(
            loaded, planned, images: imaged.images, options: options, cache: cache, sink: sink, diagnostics: &diagnostics)
        let resolver = converted.resolver
        DeferredRelease.release(converted)
        // The sitemap (large on a large site) goes to disk at once too, on the other core while the
        // addresses are checked; the privacy check does not read XML.
        let config = loaded.content.config, entries = rendered.sitemap
        let sitemapWritten = streaming.map { sink in
            BackgroundWork(initial: [String]()) {
                Sitemap.files(for: entries, config: config).map { file -> String in
                    sink.accept(file)
                    return file.path
                }
            }
        }
        let files = rendered.files + CopyStage.run(loaded, diagnostics: &diagnostics) + imaged.files
        let paths = files.map(\.path) + rendered.streamed.map(\.path)
        let addresses = AddressStage.run(loaded, planned, paths: paths, options: options, diagnostics: &diagnostics)
        var site = files + addresses.files
        var streamed = rendered.streamed.map(\.path)
        if let sitemapWritten {
            streamed += sitemapWritten.wait()
        } else {
            site += Sitemap.files(for: entries, config: config)
        }
        CheckStage.run(site, streamed: rendered.streamed, known: rendered.known, loaded: loaded, diagnostics: &diagnostics)
        cache?.finishBuild()
        var output = SiteOutput(site: site, streamed: streamed, diagnostics: diagnostics, config: loaded.content.config)
        output.nextChange = nextChange
        output.addresses = addresses.addresses
        if options.includeDrafts { output.draftBanner = DraftBanner(config: loaded.content.config, strings: loaded.content.strings) }
        if let cache, let renderer = rendered.renderer {
            cache.last = LastBuild(planned: planned, resolver: resolver, renderer: renderer, diagnostics: diagnostics)
        } else {
            // What a large site's plan and links hold takes milliseconds to free: not before publishing.
            // Nothing here uses them after this line, so the task holds the last references.
            DeferredRelease.release((loaded, planned, resolver))
        }
        return output
    }

    /// Stages 4 and 5: in one pass when the pages are written as they are made and nothing before
    /// has failed (`StreamStage`), else one after the other, writing only when nothing failed.
    private static func convertAndRender(
        _ loaded: LoadedSite, _ planned: PlannedSite, images: ImageSet, options: BuildOptions, cache: RenderCache?, sink: OutputSink?,
        diagnostics: inout [Diagnostic]
    ) -> (ConvertedSite, RenderedSite, OutputSink?) {
        if let sink, cache == nil, options.streamsInOnePass, let templates = loaded.templates, !DiagnosticList(diagnostics).hasErrors {
            let (converted, rendered) = StreamStage.run(loaded, planned, templates: templates, sink: sink, diagnostics: &diagnostics)
            ImageUses.check(loaded, converted, images: images, diagnostics: &diagnostics)
            return (converted, rendered, sink)
        }
        let converted = ConvertStage.run(loaded, planned, cache: cache, holdLimit: options.heldMarkdownLimit, diagnostics: &diagnostics)
        ImageUses.check(loaded, converted, images: images, diagnostics: &diagnostics)
        let streaming = DiagnosticList(diagnostics).hasErrors ? nil : sink
        return (converted, RenderStage.run(loaded, planned, converted, cache: cache, sink: streaming, diagnostics: &diagnostics), streaming)
    }

    /// Stage 1 and the schedule. What was read before the schedule held pages back is dropped here
    /// (its pages are copies); only the next date on which the output changes by itself is kept.
    private static func loadAndSchedule(
        _ options: BuildOptions, cache: RenderCache?, diagnostics: inout [Diagnostic]
    ) -> (LoadedSite, NextChange?)? {
        guard let read = LoadStage.run(options, cache: cache, diagnostics: &diagnostics) else { return nil }
        let loaded = ScheduleStage.run(read, today: options.today, includeDrafts: options.includeDrafts)
        return (loaded, NextChange.find(in: read.content, today: options.today))
    }
}
