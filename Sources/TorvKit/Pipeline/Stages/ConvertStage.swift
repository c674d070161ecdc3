/// Stage 4: Markdown to HTML, and the link resolver (see `ConvertedSite`). `torv build` without a
/// cache runs it together with stage 5, page by page (`StreamStage`); this is the stage for the
/// other builds (`torv check`, `torv serve`, `--cache`, a build with errors before this stage).
/// Above `holdLimit` bytes of Markdown (`BuildOptions.heldMarkdownLimit`), a build without a cache does
/// not hold every page's HTML until the render stage: that stage converts each page again as it
/// renders it (without the lint and readability checks, reported here), so memory grows with the
/// site's text, not its HTML. Small sites keep it (less work); `torv serve` always keeps it.
/// A build without a cache also releases each page's text once it is converted (`SourceFile.release`;
/// past the limit, already as it is read: `HeldText`): a message's excerpt, or converting the page
/// again, reads the file again.
enum ConvertStage {
    static func run(
        _ loaded: LoadedSite, _ planned: PlannedSite, cache: RenderCache?, holdLimit: Int, diagnostics: inout [Diagnostic]
    ) -> ConvertedSite {
        let fresh = cache?.freshPages ?? []
        let conversion = MarkdownConversion(loaded, planned)
        let hold = cache != nil || planned.plan.pages.reduce(0) { $0 + $1.source.bodyByteCount } <= holdLimit
        // Each page's heading ids (the anchors links may name) are collected in the same task.
        // The converted page is put together there too, so the loop below copies nothing.
        let (pages, results) = Parallel.mapPairs(planned.plan.pages) { page -> (ConvertedPage, (made: Bool, ids: Set<String>)) in
            let (markdown, made) = convert(page, conversion: conversion, memo: cache?.markdown, fresh: fresh, hold: hold)
            return (ConvertedPage(page: page, markdown: markdown, holdsHTML: hold), (made, Set(markdown.headings.map(\.id))))
        }
        cache?.count(markdown: results.filter(\.made).count)
        return finish(loaded, planned, pages: pages, ids: results.map(\.ids), conversion: conversion, diagnostics: &diagnostics)
    }

    /// The link resolver and the Markdown's diagnostics, once every page is converted (`ids`: each
    /// page's heading ids, in the order of `pages`).
    static func finish(
        _ loaded: LoadedSite, _ planned: PlannedSite, pages: [ConvertedPage], ids: [Set<String>], conversion: MarkdownConversion,
        diagnostics: inout [Diagnostic]
    ) -> ConvertedSite {
        var anchors: [String: [String: Set<String>]] = [:]
        anchors.reserveCapacity(pages.count)
        // By index, without copying each (large) converted page out of the array.
        for index in pages.indices {
            anchors[pages[index].page.key, default: [:]][pages[index].page.language] = ids[index]
            diagnostics.append(contentsOf: pages[index].markdown.diagnostics)
        }
        if let glossary = planned.glossary {
            diagnostics += glossary.unusedEntries(used: pages.reduce(into: Set<String>()) { $0.formUnion($1.markdown.glossaryTerms) })
        }
        let unplanned = convertUnplanned(loaded, planned, anchors: &anchors, diagnostics: &diagnostics)
        let resolver = resolver(loaded, planned, anchors: anchors)
        checkLinks(of: unplanned, resolver: resolver, diagnostics: &diagnostics)
        return ConvertedSite(pages: pages, resolver: resolver, conversion: conversion)
    }

    /// The site's link resolver; `anchors` nil: links to headings are not checked (see `LinkResolver.anchors`).
    static func resolver(_ loaded: LoadedSite, _ planned: PlannedSite, anchors: [String: [String: Set<String>]]?) -> LinkResolver {
        LinkResolver(
            plan: planned.plan, anchors: anchors, staticFiles: Set(loaded.content.staticFiles),
            generatedPaths: Set(loaded.assetFiles + planned.sections.flatMap(\.generatedPaths)))
    }

    /// One page's Markdown: converted, or (with a memo) the last build's when its text is the same.
    private static func convert(
        _ page: PlannedPage, conversion: MarkdownConversion, memo: Memo<MarkdownPage>?, fresh: Set<String>, hold: Bool
    ) -> (value: MarkdownPage, made: Bool) {
        guard let memo else {
            // Above the hold limit the HTML is written only when the page is rendered.
            let markdown = conversion.convert(page.source, html: hold)
            // A one-off build keeps no page's text from here on: what needs it reads it again.
            page.source.file.release()
            return (markdown, true)
        }
        // A page whose file was not read again has the same text as last time.
        return memo.value(
            id: page.source.file.path, unchanged: !fresh.contains(page.source.file.path), key: { conversion.key(page.source) },
            make: { conversion.convert(page.source) })
    }

    /// The bodies of pages whose front matter has errors: converted for their own diagnostics (and
    /// their heading ids, which their links to themselves use), never published.
    static func convertUnplanned(
        _ loaded: LoadedSite, _ planned: PlannedSite, anchors: inout [String: [String: Set<String>]], diagnostics: inout [Diagnostic]
    ) -> [ConvertedPage] {
        loaded.content.unplannedPages.map { source in
            let markdown = MarkdownRenderer.render(
                source, allowRawHTML: loaded.content.config.allowRawHTML,
                smartPunctuation: planned.plan.format(source.language).smartPunctuation, glossary: nil)
            diagnostics += markdown.diagnostics
            anchors[source.key, default: [:]][source.language] = Set(markdown.headings.map(\.id))
            return ConvertedPage(page: PlannedPage(source: source, path: ""), markdown: markdown)
        }
    }

    /// Every error in one run: the links of a page whose front matter has errors are checked too.
    static func checkLinks(of pages: [ConvertedPage], resolver: LinkResolver, diagnostics: inout [Diagnostic]) {
        for page in pages {
            _ = LinkSubstitution.apply(page.markdown, page: page.page, resolver: resolver, diagnostics: &diagnostics)
        }
    }
}
