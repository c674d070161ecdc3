/// What the last build planned, kept by `RenderCache` so that `torv serve` can redo one page
/// without planning the whole site again.
struct LastBuild: Sendable {
    /// The planned pages, with the text they now have.
    var pages: [PlannedPage]
    var renderer: PageRenderer
    var allowRawHTML: Bool
    var structure: UInt64
    /// Every diagnostic of the build, unsorted.
    var diagnostics: [Diagnostic]
    /// Relative path in `content/` → index in `pages`.
    var pageIndex: [String: Int]

    init(plan: SitePlan, renderer: PageRenderer, allowRawHTML: Bool, structure: UInt64, diagnostics: [Diagnostic]) {
        self.pages = plan.pages
        self.renderer = renderer
        self.allowRawHTML = allowRawHTML
        self.structure = structure
        self.diagnostics = diagnostics
        var index: [String: Int] = [:]
        for (i, page) in plan.pages.enumerated() { index[page.source.relativePath] = i }
        self.pageIndex = index
    }
}

/// `torv serve`'s shortcut for the commonest edit: only the text below the front matter of
/// existing pages changed. Nothing another page shows can have changed then (titles, summaries,
/// addresses, order, dates and heading ids all stay the same; this is checked), so only those
/// pages are read, converted and filled into their templates again; the rest of the last build
/// stands. Any other change returns nil and the caller builds in full.
enum PageTextEdit {
    struct Result: Sendable {
        /// The pages made again.
        var files: [OutputFile]
        /// Every diagnostic of the site as it now is, sorted.
        var diagnostics: [Diagnostic]
        var succeeded: Bool
    }

    static func apply(changed relativePaths: [String], options: BuildOptions, cache: RenderCache) -> Result? {
        // The privacy check groups what pages load from other hosts across the whole site: when
        // anything did or does, the whole site is checked again.
        let thirdParty = DiagnosticCode.thirdPartyResource.rawValue
        guard var last = cache.last, !relativePaths.isEmpty, !last.diagnostics.contains(where: { $0.code == thirdParty })
        else { return nil }
        let directory = ContentDirectory(root: options.content)
        cache.resetStatistics()
        var removed: [Diagnostic] = []
        var added: [Diagnostic] = []
        var files: [OutputFile] = []
        var updates: [(index: Int, page: PlannedPage, markdown: (UInt64, MarkdownPage), html: (UInt64, OutputFile, [Diagnostic]),
                       load: (RenderCache.Stamp, [Diagnostic]))] = []
        for relative in relativePaths {
            guard let index = last.pageIndex[relative], let stamp = RenderCache.stamp(directory.absolutePath(relative)),
                  let cachedLoad = cache.pages[relative] else { return nil }
            let old = last.pages[index]
            var loadDiagnostics: [Diagnostic] = []
            guard let file = directory.readText(relative, diagnostics: &loadDiagnostics),
                  let source = PageLoader.load(file, relativePath: relative, key: old.key, language: old.language,
                                               diagnostics: &loadDiagnostics),
                  case .success(let oldParts) = FrontMatterSplitter.split(old.source.file),
                  case .success(let newParts) = FrontMatterSplitter.split(file),
                  oldParts.yaml == newParts.yaml, oldParts.bodyFirstLine == newParts.bodyFirstLine
            else { return nil }
            guard let oldMarkdown = cache.markdown[old.source.file.path] else { return nil }
            let markdownKey = SiteRenderer.markdownKey(source, allowRawHTML: last.allowRawHTML)
            let markdown = MarkdownRenderer.render(source, allowRawHTML: last.allowRawHTML)
            // Other pages link to this one's headings: a changed id changes them too.
            guard markdown.headings.map(\.id) == oldMarkdown.page.headings.map(\.id) else { return nil }
            var page = old
            page.source = source
            let key = RenderJob.key(markdown: markdownKey, structure: last.structure)
            let rendered = last.renderer.render(RenderJob(page: page, markdown: markdown, key: key))
            guard let output = rendered.file, let oldHTML = cache.html[old.outputPath],
                  !ThirdPartyResources.htmlResources(output.bytes).contains(where: { ThirdPartyResources.isRemote($0.1) })
            else { return nil }

            removed += cachedLoad.diagnostics + oldMarkdown.page.diagnostics + oldHTML.diagnostics
            added += loadDiagnostics + markdown.diagnostics + rendered.diagnostics
            files.append(output)
            updates.append((index, page, (markdownKey, markdown), (key, output, rendered.diagnostics), (stamp, loadDiagnostics)))
        }

        // Commit: from here on the cache describes the site as it now is.
        var diagnostics = last.diagnostics
        for diagnostic in removed {
            if let i = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: i) }
        }
        diagnostics += added
        for update in updates {
            last.pages[update.index] = update.page
            let path = update.page.source.relativePath
            cache.pages[path] = (update.load.0, update.page.source, update.load.1)
            cache.markdown[update.page.source.file.path] = update.markdown
            cache.html[update.page.outputPath] = update.html
        }
        last.diagnostics = diagnostics
        cache.last = last
        cache.count(read: updates.count, markdown: updates.count, rendered: updates.count)
        cache.markPageTextEdit()
        let list = DiagnosticList(diagnostics)
        return Result(files: files, diagnostics: list.sorted, succeeded: !list.hasErrors)
    }
}
