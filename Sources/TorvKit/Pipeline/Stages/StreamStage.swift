/// Stages 4 and 5 in one pass, for a one-off build that writes as it goes (`torv build` without
/// `--cache`, nothing wrong before the Markdown): each page is converted, rendered and written in
/// one task, so its HTML is made once, while it is still in the processor's cache, and never held.
/// The same output and diagnostics as `ConvertStage` then `RenderStage` (`StreamStageTests`).
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
        let (pages, rendered) = Parallel.mapPairs(planned.plan.pages) { page -> (ConvertedPage, RenderStage.ContentPage) in
            var converted = ConvertedPage(page: page, markdown: conversion.convert(page.source))
            let rendered = RenderStage.content(
                converted, planned: planned, resolver: unchecked, renderer: renderer, release: true, sink: sink)
            // What the checks after the pass need: the headings and links, not the HTML.
            converted.markdown.html = []
            converted.holdsHTML = false
            return (converted, rendered)
        }
        let ids = pages.map { Set($0.markdown.headings.map(\.id)) }
        let converted = ConvertStage.finish(loaded, planned, pages: pages, ids: ids, conversion: conversion, diagnostics: &diagnostics)
        checkAnchors(pages, rendered, resolver: converted.resolver, diagnostics: &diagnostics)
        let site = RenderStage.finish(loaded, planned, rendered, renderer: renderer, cache: nil, sink: sink, diagnostics: &diagnostics)
        return (converted, site)
    }

    /// The headings the pages' links name, now that `resolver` knows every page's.
    private static func checkAnchors(
        _ pages: [ConvertedPage], _ rendered: [RenderStage.ContentPage], resolver: LinkResolver, diagnostics: inout [Diagnostic]
    ) {
        for index in pages.indices {
            for unchecked in rendered[index].unchecked {
                let link = pages[index].markdown.pendingLinks[unchecked.link]
                if let problem = resolver.check(unchecked.anchor, link: link, from: pages[index].page) {
                    diagnostics.append(problem)
                }
            }
        }
    }
}
