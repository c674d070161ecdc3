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
        let thirdParty = DiagnosticCode.thirdPartyResource
        guard var last = cache.last, !relativePaths.isEmpty, !last.diagnostics.contains(where: { $0.code == thirdParty })
        else { return nil }
        let directory = ContentDirectory(root: options.content)
        cache.resetStatistics()
        var removed: [Diagnostic] = []
        var added: [Diagnostic] = []
        var files: [OutputFile] = []
        var updates: [(index: Int, page: PlannedPage, markdown: (UInt64, MarkdownPage), html: (UInt64, OutputFile, [Diagnostic]),
                       load: (RenderCache.Stamp, [Diagnostic]))] = []
        // The link diagnostics of the last build's version of each page, to be replaced.
        var oldLinks: [Diagnostic] = []
        for relative in relativePaths {
            guard let index = last.pageIndex[relative], let stamp = RenderCache.stamp(directory.absolutePath(relative)),
                  let cachedLoad = cache.pageFiles[relative] else { return nil }
            let old = last.pages[index]
            var loadDiagnostics: [Diagnostic] = []
            guard let file = directory.readText(relative, diagnostics: &loadDiagnostics),
                  let source = PageLoader.load(file, relativePath: relative, key: old.key, language: old.language,
                                               diagnostics: &loadDiagnostics),
                  case .success(let oldParts) = FrontMatterSplitter.split(old.source.file),
                  case .success(let newParts) = FrontMatterSplitter.split(file),
                  oldParts.yaml == newParts.yaml, oldParts.bodyFirstLine == newParts.bodyFirstLine
            else { return nil }
            guard let oldMarkdown = cache.markdown.last(old.source.file.path) else { return nil }
            let smartPunctuation = last.planned.plan.format(source.language).smartPunctuation
            let markdownKey = ConvertStage.markdownKey(source, allowRawHTML: last.allowRawHTML, smartPunctuation: smartPunctuation)
            let markdown = MarkdownRenderer.render(source, allowRawHTML: last.allowRawHTML, smartPunctuation: smartPunctuation)
            // Other pages link to this one's headings: a changed id changes them too.
            guard markdown.headings.map(\.id) == oldMarkdown.value.headings.map(\.id) else { return nil }
            var page = old
            page.source = source
            var oldLinkDiagnostics: [Diagnostic] = []
            _ = PageRenderer.view(
                for: ConvertedPage(page: old, markdown: oldMarkdown.value), planned: last.planned, resolver: last.resolver,
                diagnostics: &oldLinkDiagnostics)
            var linkDiagnostics: [Diagnostic] = []
            let view = PageRenderer.view(
                for: ConvertedPage(page: page, markdown: markdown), planned: last.planned, resolver: last.resolver,
                diagnostics: &linkDiagnostics)
            let job = GeneratedPage(path: page.outputPath, layout: page.source.frontMatter.layout, view: view)
            let output = OutputFile(path: job.path, text: last.renderer.templates.render(view, layout: job.layout))
            guard !ThirdPartyResources.htmlResources(output.bytes).contains(where: { ThirdPartyResources.isRemote($0.1) })
            else { return nil }

            removed += cachedLoad.diagnostics + oldMarkdown.value.diagnostics
            oldLinks += oldLinkDiagnostics
            added += loadDiagnostics + markdown.diagnostics + linkDiagnostics
            files.append(output)
            updates.append((index, page, (markdownKey, markdown), (last.renderer.key(job), output, linkDiagnostics), (stamp, loadDiagnostics)))
        }

        // Commit: from here on the cache describes the site as it now is.
        var diagnostics = last.diagnostics
        for diagnostic in removed + oldLinks {
            if let i = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: i) }
        }
        diagnostics += added
        for update in updates {
            last.pages[update.index] = update.page
            let path = update.page.source.relativePath
            cache.pageFiles[path] = (update.load.0, update.page.source, update.load.1)
            cache.markdown.replace(update.page.source.file.path, key: update.markdown.0, value: update.markdown.1)
            cache.pages.replace(update.page.outputPath, key: update.html.0, value: update.html.1)
        }
        last.diagnostics = diagnostics
        cache.last = last
        cache.count(read: updates.count, markdown: updates.count, rendered: updates.count)
        cache.markPageTextEdit()
        let list = DiagnosticList(diagnostics)
        return Result(files: files, diagnostics: list.sorted, succeeded: !list.hasErrors)
    }
}
