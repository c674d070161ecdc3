/// Stage 4: Markdown to HTML, and the link resolver (see `ConvertedSite`).
enum ConvertStage {
    static func run(_ loaded: LoadedSite, _ planned: PlannedSite, cache: RenderCache?, diagnostics: inout [Diagnostic]) -> ConvertedSite {
        let allowRawHTML = loaded.content.config.allowRawHTML
        let fresh = cache?.freshPages ?? []
        let glossary = planned.glossary
        let results = Parallel.map(planned.plan.pages) { page -> (value: MarkdownPage, made: Bool) in
            let smartPunctuation = planned.plan.format(page.language).smartPunctuation
            let marker = glossary?.marker(for: page.source)
            let make = {
                MarkdownRenderer.render(page.source, allowRawHTML: allowRawHTML, smartPunctuation: smartPunctuation, glossary: marker)
            }
            guard let memo = cache?.markdown else { return (make(), true) }
            // A page whose file was not read again has the same text as last time.
            return memo.value(
                id: page.source.file.path, unchanged: !fresh.contains(page.source.file.path),
                key: { markdownKey(page.source, allowRawHTML: allowRawHTML, smartPunctuation: smartPunctuation, glossary: marker) },
                make: make)
        }
        cache?.count(markdown: results.filter(\.made).count)
        var anchors: [String: [String: Set<String>]] = [:]
        for (page, result) in zip(planned.plan.pages, results) {
            anchors[page.key, default: [:]][page.language] = Set(result.value.headings.map(\.id))
            diagnostics.append(contentsOf: result.value.diagnostics)
        }
        if let glossary {
            diagnostics += glossary.unusedEntries(used: results.reduce(into: Set<String>()) { $0.formUnion($1.value.glossaryTerms) })
        }
        let unplanned = convertUnplanned(loaded, planned, anchors: &anchors, diagnostics: &diagnostics)
        let resolver = LinkResolver(
            plan: planned.plan, anchors: anchors, staticFiles: Set(loaded.content.staticFiles),
            generatedPaths: Set(loaded.assetFiles + planned.sections.flatMap(\.generatedPaths)))
        checkLinks(of: unplanned, resolver: resolver, diagnostics: &diagnostics)
        return ConvertedSite(pages: zip(planned.plan.pages, results).map { ConvertedPage(page: $0, markdown: $1.value) }, resolver: resolver)
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

    /// What a page's Markdown output depends on: its text, whether raw HTML is allowed and whether
    /// its language uses typographic quotes, and the glossary's terms and address.
    static func markdownKey(_ page: PageSource, allowRawHTML: Bool, smartPunctuation: Bool, glossary: GlossaryMarker?) -> UInt64 {
        var hash = StableHash()
        hash.add(page.file.text)
        hash.add(allowRawHTML ? 1 : 0)
        hash.add(smartPunctuation ? 1 : 0)
        hash.add(glossary?.fingerprint ?? 0)
        return hash.value
    }
}
