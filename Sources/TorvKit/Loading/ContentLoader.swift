/// Step 1 of the build: reads `content/` into a `ContentSet`, collecting every problem on the way.
public enum ContentLoader {
    /// Folders inside `content/` whose files are copied as they are (images, PDFs).
    public static let mediaFolder = "media"

    /// Without a cache, pages' text beyond `heldTextLimit` bytes of page bodies is not held (see
    /// `SourceText`): past the limit, each page's text is released once it is read.
    public static func load(
        from directory: ContentDirectory, cache: RenderCache? = nil, heldTextLimit: Int = .max, diagnostics: inout [Diagnostic]
    ) -> ContentSet? {
        guard directory.exists else {
            diagnostics.append(Diagnostic(.noContentFolder(), at: SourceLocation(path: directory.root)))
            return nil
        }
        let files = directory.listFiles(diagnostics: &diagnostics)

        // Everything but the pages (site.yaml, UI strings, data files) is reused while no such file changed.
        if let cache {
            var stamps: [String: RenderCache.Stamp] = [:]
            for path in files where !path.hasSuffix(".md") { stamps[path] = RenderCache.stamp(directory.absolutePath(path)) }
            if stamps == cache.dataStamps, let previous = cache.data {
                diagnostics += previous.diagnostics
                var content = previous.content
                content.pages = []
                return loadPages(files: files, directory: directory, config: previous.content.config, into: content,
                    cache: cache, diagnostics: &diagnostics)
            }
            var dataDiagnostics: [Diagnostic] = []
            guard var content = loadData(files: files, directory: directory, diagnostics: &dataDiagnostics) else {
                diagnostics += dataDiagnostics
                cache.data = nil
                cache.dataStamps = [:]
                return nil
            }
            content.pages = []
            cache.dataStamps = stamps
            cache.data = (content, dataDiagnostics)
            // site.yaml may change how Markdown is rendered (raw_html): render it all again. (The
            // Markdown key holds all that site.yaml decides; the build cache on disk relies on it.)
            if !cache.restored { cache.markdown.removeAll() }
            diagnostics += dataDiagnostics
            return loadPages(files: files, directory: directory, config: content.config, into: content, cache: cache, diagnostics: &diagnostics)
        }
        guard let content = loadData(files: files, directory: directory, diagnostics: &diagnostics) else { return nil }
        return loadPages(
            files: files, directory: directory, config: content.config, into: content, cache: nil, heldTextLimit: heldTextLimit,
            diagnostics: &diagnostics)
    }

    /// site.yaml, the UI strings and the data sections, with the list of media files.
    static func loadData(files: [String], directory: ContentDirectory, diagnostics: inout [Diagnostic]) -> ContentSet? {

        guard files.contains(SiteConfigLoader.fileName) else {
            let location = SourceLocation(path: directory.displayPath(SiteConfigLoader.fileName))
            // A folder by that name is not a missing file: say what is there.
            let isFolder = FileWriter.isDirectory(directory.absolutePath(SiteConfigLoader.fileName))
            diagnostics.append(Diagnostic(isFolder ? .folderInsteadOfFile() : .noSiteConfig(), at: location))
            return nil
        }
        guard let configFile = directory.readText(SiteConfigLoader.fileName, diagnostics: &diagnostics),
            let config = SiteConfigLoader.load(configFile, diagnostics: &diagnostics)
        else { return nil }

        var strings: [String: UIStrings] = [:]
        for language in config.languages {
            let path = "i18n/\(language).yaml"
            guard files.contains(path) else {
                let copyFrom = config.languages.first { $0 != language && files.contains("i18n/\($0).yaml") }
                diagnostics.append(Diagnostic(
                    .noUIStrings(language: language, copyFrom: copyFrom), at: SourceLocation(path: directory.displayPath(path))))
                continue
            }
            if let file = directory.readText(path, diagnostics: &diagnostics),
                let loaded = UIStringsLoader.load(file, language: language, diagnostics: &diagnostics)
            {
                strings[language] = loaded
            }
        }
        UIStringsLoader.checkComplete(strings, languages: config.languages, diagnostics: &diagnostics)
        UIStringsLoader.checkRequired(
            LanguageFormat.Key.allCases.map(\.rawValue) + URLWords.Key.allCases.map(\.rawValue) + SpecialPages.requiredStrings,
            strings, languages: config.languages, diagnostics: &diagnostics)
        URLWords.check(strings, diagnostics: &diagnostics)
        var formats: [String: LanguageFormat] = [:]
        for language in config.languages {
            if let own = strings[language] { formats[language] = LanguageFormat.read(own, diagnostics: &diagnostics) }
        }

        var staticFiles: [String] = []
        for path in files where path.hasPrefix(mediaFolder + "/") { staticFiles.append(path) }
        let catalogue = CatalogueLoader.load(files: files, directory: directory, languages: config.languages, diagnostics: &diagnostics)
        var content = ContentSet(config: config, strings: strings, pages: [], staticFiles: staticFiles, catalogue: catalogue)
        content.formats = formats
        content.urlWords = URLWords(strings: strings)
        content.prize = PrizeLoader.load(files: files, directory: directory, languages: config.languages, diagnostics: &diagnostics)
        content.marketDays = MarketDayLoader.load(files: files, directory: directory, languages: config.languages, diagnostics: &diagnostics)
        content.glossary = GlossaryLoader.load(files: files, directory: directory, languages: config.languages, diagnostics: &diagnostics)
        if files.contains(StoryRules.themesFile), let file = directory.readText(StoryRules.themesFile, diagnostics: &diagnostics),
            let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
            let root = document.rootMapping(diagnostics: &diagnostics, what: "themes.yaml")
        {
            content.storyThemes = root.entries.compactMap { entry in
                root.localized(entry.key, languages: config.languages, required: true, diagnostics: &diagnostics)
                    .map { CatalogueTerm(id: entry.key, label: $0) }
            }
        }
        return content
    }

    /// One page file: taken from `torv serve`'s cache when its stamp is the same, else read and parsed.
    private static func loadPage(
        _ job: PageFileJob, from directory: ContentDirectory, stamp: RenderCache.Stamp?,
        previous: (stamp: RenderCache.Stamp, page: PageSource?, diagnostics: [Diagnostic])?
    ) -> PageLoadResult {
        if let stamp, let previous, previous.stamp == stamp {
            let unplanned = previous.page == nil ? PageLoader.bodyForChecks(job, in: directory) : nil
            return PageLoadResult(page: previous.page, unplanned: unplanned, diagnostics: previous.diagnostics, fresh: false)
        }
        var local: [Diagnostic] = []
        let file = directory.readText(job.path, diagnostics: &local)
        let page = file.flatMap {
            PageLoader.load($0, relativePath: job.path, key: job.key, language: job.language, diagnostics: &local)
        }
        let unplanned = page == nil ? file.flatMap { PageLoader.bodyForChecks($0, job: job) } : nil
        return PageLoadResult(page: page, unplanned: unplanned, diagnostics: local, fresh: true)
    }

    /// The Markdown pages; with a cache, only files whose size or modification time changed are read again.
    static func loadPages(
        files: [String], directory: ContentDirectory, config: SiteConfig, into content: ContentSet, cache: RenderCache?,
        heldTextLimit: Int = .max, diagnostics: inout [Diagnostic]
    ) -> ContentSet {
        var content = content
        var pageFiles: [(path: String, key: String, language: String)] = []
        for path in files {
            if path == SiteConfigLoader.fileName || path.hasPrefix("i18n/") || path.hasPrefix(mediaFolder + "/") { continue }
            if path.hasSuffix(".md") {
                guard let (key, language) = splitPageName(path), config.languages.contains(language) else {
                    diagnostics.append(Diagnostic(
                        .pageFileName(name: Self.baseName(path), languages: config.languages),
                        at: SourceLocation(path: directory.displayPath(path))))
                    continue
                }
                pageFiles.append((path, key, language))
                continue
            }
            if isDataFile(path) { continue }
            diagnostics.append(Diagnostic(
                .unusedFile(pageSuffix: ".\(config.defaultLanguage).md", mediaFolder: mediaFolder),
                at: SourceLocation(path: directory.displayPath(path))))
        }

        // `torv serve` knows a file unchanged since its last build by its size and time; a build from
        // the cache on disk (`restored`) has no last build in this process, so it stats nothing.
        let serving = cache.map { !$0.restored } ?? false
        let stamps = serving ? Parallel.map(pageFiles) { RenderCache.stamp(directory.absolutePath($0.path)) } : []
        let previous = cache?.pageFiles ?? [:]
        let jobs = pageFiles.enumerated().map { PageFileJob(path: $1.path, key: $1.key, language: $1.language, index: $0) }
        let held = HeldText(limit: heldTextLimit)
        let loaded = Parallel.map(jobs) { job in
            held.keep(loadPage(job, from: directory, stamp: stamps.isEmpty ? nil : stamps[job.index], previous: previous[job.path]))
        }
        held.finish(loaded)
        var pages: [PageSource] = []
        var failed = Set<String>()
        var fresh = 0
        for (index, (job, result)) in zip(pageFiles, loaded).enumerated() {
            diagnostics.append(contentsOf: result.diagnostics)
            if let page = result.page { pages.append(page) } else { failed.insert(job.key) }
            if result.fresh { fresh += 1 }
            if serving, let cache, let stamp = stamps[index] { cache.pageFiles[job.path] = (stamp, result.page, result.diagnostics) }
        }
        cache?.count(read: fresh)
        cache?.freshPages = Set(zip(pageFiles, loaded).filter { $0.1.fresh }.compactMap { $0.1.page?.file.path })
        if serving, let cache {
            let present = Set(pageFiles.map(\.path))
            cache.pageFiles = cache.pageFiles.filter { present.contains($0.key) }
        }
        content.pages = pages
        content.failedPageKeys = failed
        content.unplannedPages = loaded.compactMap { (result: PageLoadResult) in result.unplanned }
        if content.storyThemes.isEmpty && pages.contains(where: { $0.frontMatter.story != nil }) {
            diagnostics.append(Diagnostic(
                .storyThemesMissing(), at: SourceLocation(path: directory.displayPath(StoryRules.themesFile))))
        }
        return content
    }

    /// Files read by the data sections (catalogue, prize, stories, market day), not by the page loader.
    static func isDataFile(_ path: String) -> Bool {
        CatalogueLoader.isCatalogueFile(path) || path == PrizeLoader.path || MarketDayLoader.isMarketDayFile(path)
            || path == StoryRules.themesFile || path == Redirects.file
            || path == GlossaryLoader.path
    }

    /// `a/nyhed.md` → `nyhed`; `a/nyhed.fr.md` → `nyhed`.
    static func baseName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let parts = file.split(separator: ".")
        return parts.first.map(String.init) ?? file
    }

    /// `strategi/index.da.md` → (`strategi/index`, `da`).
    static func splitPageName(_ path: String) -> (String, String)? {
        let utf8 = path.utf8
        guard let end = utf8.index(utf8.endIndex, offsetBy: -3, limitedBy: utf8.startIndex),
              let dot = utf8[..<end].lastIndex(of: UInt8(ascii: "."))
        else { return nil }
        let language = utf8[utf8.index(after: dot)..<end]
        guard dot != utf8.startIndex, !language.contains(UInt8(ascii: "/")) else { return nil }
        return (String(decoding: utf8[..<dot], as: UTF8.self), String(decoding: language, as: UTF8.self))
    }
}
