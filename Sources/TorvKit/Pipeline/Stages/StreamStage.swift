/// Stages 4 and 5 in one pass, for a one-off build that writes as it goes (`torv build` without
/// `--cache`, nothing wrong before the Markdown): each page is converted, rendered and written in
/// one task, so its HTML is made once, while it is still in the processor's cache, and never held.
/// The same output and diagnostics as `ConvertStage` then `RenderStage` (`StreamStageTests`). A page
/// edited while the build runs is an error here too (`changedDuringBuild`, also when a message's
/// excerpt after the pass reads the file again). Unlike the two stages, the pass writes the pages
/// when the Markdown itself has errors; the staging folder is then removed.
///
/// Those two stages need every page's heading ids before any page is rendered, only to check the
/// links that name a heading. Here the links are resolved without that check (`LinkResolver.anchors`
/// nil) and the headings they name are checked after the pass, when every page's ids are known. A
/// broken one is an error, and a build with errors publishes nothing of what it wrote.
enum StreamStage {
    static func run(
        _ loaded: LoadedSite, _ planned: PlannedSite, templates: TemplateSet, sink: OutputSink, diagnostics: inout [Diagnostic]
    ) -> (converted: ConvertedSite, rendered: RenderedSite) {
        let conversion = MarkdownConversion(loaded, planned)
        let unchecked = ConvertStage.resolver(loaded, planned, anchors: nil)
        let renderer = PageRenderer(templates: templates, memo: nil, writtenAtOnce: true)
        let (pages, rendered) = Parallel.mapPairs(planned.plan.pages) { page -> (ConvertedPage, Rendered) in
            var converted = ConvertedPage(page: page, markdown: conversion.convert(page.source))
            let rendered = RenderStage.content(
                converted, planned: planned, resolver: unchecked, renderer: renderer, release: true, sink: sink)
            // What the checks after the pass need: the headings and links, not the HTML.
            converted.markdown.html = []
            converted.holdsHTML = false
            return (converted, Rendered(page: rendered, ids: Set(converted.markdown.headings.map(\.id))))
        }
        let converted = ConvertStage.finish(
            loaded, planned, pages: pages, ids: rendered.map(\.ids), conversion: conversion, diagnostics: &diagnostics)
        checkAnchors(pages, rendered, resolver: converted.resolver, diagnostics: &diagnostics)
        let site = RenderStage.finish(loaded, planned, rendered.map(\.page), renderer: renderer, cache: nil, sink: sink, diagnostics: &diagnostics)
        // Ten thousand pages' links and ids take milliseconds to free: on another thread.
        DeferredRelease.release(rendered)
        return (converted, site)
    }

    /// A page as the pass left it: rendered, and its heading ids (found in the same task).
    private struct Rendered: Sendable {
        var page: RenderStage.ContentPage
        var ids: Set<String>
    }

    /// The headings the pages' links name, now that `resolver` knows every page's (in parallel: a
    /// large site's links are tens of thousands).
    private static func checkAnchors(
        _ pages: [ConvertedPage], _ rendered: [Rendered], resolver: LinkResolver, diagnostics: inout [Diagnostic]
    ) {
        let found = Parallel.map(Array(pages.indices)) { index -> [Diagnostic] in
            let unchecked = rendered[index].page.unchecked
            guard !unchecked.isEmpty else { return [] }
            let page = pages[index]
            let problems = unchecked.compactMap { resolver.check($0.anchor, link: page.markdown.pendingLinks[$0.link], from: page.page) }
            guard !problems.isEmpty else { return [] }
            // A problem's excerpt read the file again: if it changed meanwhile, that is the problem
            // to report (as the render stage does), and the text read again is let go.
            let file = page.page.source.file
            defer { file.release() }
            return file.changedSinceRead ? [Diagnostic(.changedDuringBuild(), at: SourceLocation(path: file.path))] : problems
        }
        for problems in found { diagnostics += problems }
    }
}
