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

    /// One page made again, with what it replaces.
    struct Update {
        var index: Int
        var page: PlannedPage
        var stamp: RenderCache.Stamp
        var markdown: (key: UInt64, value: MarkdownPage)
        var html: (key: UInt64, file: OutputFile)
        /// The diagnostics of the page's last version, and of this one.
        var removed: [Diagnostic]
        var added: [Diagnostic]
        var loadDiagnostics: [Diagnostic]
    }

    static func apply(changed relativePaths: [String], options: BuildOptions, cache: RenderCache) -> Result? {
        // The privacy check groups what pages load from other hosts across the whole site: when
        // anything did or does, the whole site is checked again.
        guard let last = cache.last, !relativePaths.isEmpty,
              !last.diagnostics.contains(where: { $0.code == .thirdPartyResource })
        else { return nil }
        let directory = ContentDirectory(root: options.content)
        cache.resetStatistics()
        var updates: [Update] = []
        for relative in relativePaths {
            guard let update = remake(relative, directory: directory, last: last, cache: cache) else { return nil }
            updates.append(update)
        }
        return commit(updates, last: last, cache: cache)
    }

    /// The page at `relative` made again from its new text, or nil when more than its text changed.
    static func remake(_ relative: String, directory: ContentDirectory, last: LastBuild, cache: RenderCache) -> Update? {
        guard let index = last.pageIndex[relative], let stamp = RenderCache.stamp(directory.absolutePath(relative)),
              let cachedLoad = cache.pageFiles[relative] else { return nil }
        let old = last.pages[index]
        var loadDiagnostics: [Diagnostic] = []
        guard let file = directory.readText(relative, diagnostics: &loadDiagnostics),
              let source = PageLoader.load(file, relativePath: relative, key: old.key, language: old.language,
                                           diagnostics: &loadDiagnostics),
              case .success(let oldParts) = FrontMatterSplitter.split(old.source.file),
              case .success(let newParts) = FrontMatterSplitter.split(file),
              oldParts.yaml == newParts.yaml, oldParts.bodyFirstLine == newParts.bodyFirstLine,
              let oldMarkdown = cache.markdown.last(old.source.file.path)
        else { return nil }
        let conversion = MarkdownConversion(allowRawHTML: last.allowRawHTML, plan: last.planned.plan, glossary: last.planned.glossary)
        let markdownKey = conversion.key(source)
        let markdown = conversion.convert(source)
        // Other pages link to this one's headings: a changed id changes them too. Which glossary
        // terms the site uses decides the unused-term warnings.
        guard markdown.headings.map(\.id) == oldMarkdown.value.headings.map(\.id),
              markdown.glossaryTerms == oldMarkdown.value.glossaryTerms
        else { return nil }
        var page = old
        page.source = source
        var oldLinks: [Diagnostic] = []
        _ = PageRenderer.view(
            for: ConvertedPage(page: old, markdown: oldMarkdown.value), planned: last.planned, resolver: last.resolver,
            diagnostics: &oldLinks)
        var links: [Diagnostic] = []
        let view = PageRenderer.view(
            for: ConvertedPage(page: page, markdown: markdown), planned: last.planned, resolver: last.resolver, diagnostics: &links)
        let job = GeneratedPage(path: page.outputPath, layout: page.source.frontMatter.layout, view: view)
        var cutOff: [Diagnostic] = []
        let output = OutputFile(path: job.path, bytes: last.renderer.templates.render(view, layout: job.layout, diagnostics: &cutOff))
        // A page cut off at the renderer's limits: the full build reports it.
        guard cutOff.isEmpty, ThirdPartyResources.remoteResources(output.bytes).isEmpty
        else { return nil }
        return Update(
            index: index, page: page, stamp: stamp, markdown: (markdownKey, markdown), html: (last.renderer.key(job), output),
            removed: cachedLoad.diagnostics + oldMarkdown.value.diagnostics + oldLinks,
            added: loadDiagnostics + markdown.diagnostics + links, loadDiagnostics: loadDiagnostics)
    }

    /// From here on the cache describes the site as it now is.
    static func commit(_ updates: [Update], last: LastBuild, cache: RenderCache) -> Result {
        var last = last
        var diagnostics = last.diagnostics
        for diagnostic in updates.flatMap(\.removed) {
            if let i = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: i) }
        }
        diagnostics += updates.flatMap(\.added)
        for update in updates {
            last.pages[update.index] = update.page
            cache.pageFiles[update.page.source.relativePath] = (update.stamp, update.page.source, update.loadDiagnostics)
            cache.markdown.replace(update.page.source.file.path, key: update.markdown.key, value: update.markdown.value)
            // Made only when it loads nothing from other hosts (see `update`).
            let resources = PageResources(path: update.html.file.path, remote: [])
            cache.pages.replace(update.page.outputPath, key: update.html.key, value: RenderedPage(file: update.html.file, resources: resources))
        }
        last.diagnostics = diagnostics
        cache.last = last
        cache.count(read: updates.count, markdown: updates.count, rendered: updates.count)
        cache.markPageTextEdit()
        let list = DiagnosticList(diagnostics)
        return Result(files: updates.map(\.html.file), diagnostics: list.sorted, succeeded: !list.hasErrors)
    }
}
