/// The build as a visible pipeline: load → validate → resolve links and translations → render.
/// It produces the site's files in memory; `SiteBuilder` writes them.
public enum SiteRenderer {
    public struct Output: Sendable {
        /// Nil when there were errors: a build with errors writes nothing.
        public var files: [OutputFile]?
        public var diagnostics: [Diagnostic]
        /// Pages per language, in the site's language order.
        public var pagesPerLanguage: [(language: String, count: Int)]
    }

    public static func render(_ options: BuildOptions, cache: RenderCache? = nil) -> Output {
        cache?.resetStatistics()
        cache?.last = nil
        var diagnostics: [Diagnostic] = []
        let contentDirectory = ContentDirectory(root: options.content)
        let templateDirectory = ContentDirectory(root: options.templates)

        // 1. Load
        guard var content = ContentLoader.load(from: contentDirectory, cache: cache, diagnostics: &diagnostics) else {
            return Output(files: nil, diagnostics: DiagnosticList(diagnostics).sorted, pagesPerLanguage: [])
        }
        if let baseURL = options.baseURL {
            content.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let uiKeys = Set(content.strings.values.flatMap { $0.values.keys }).sorted()
        var layouts = TemplateSet.requiredLayouts
        if content.catalogue != nil { layouts += TemplateSet.catalogueLayouts }
        if content.prize != nil { layouts += TemplateSet.prizeLayouts }
        if !content.marketDays.isEmpty { layouts += TemplateSet.marketDayLayouts }
        if content.pages.contains(where: { $0.frontMatter.story != nil }) { layouts += TemplateSet.storyLayouts }
        let templates = TemplateSet.load(from: templateDirectory, uiStrings: uiKeys, layouts: layouts, diagnostics: &diagnostics)

        // 2. Validate across files and plan addresses and translations
        let plan = SitePlan(content: content, diagnostics: &diagnostics)
        NavigationValidator.check(content.config, plan: plan, diagnostics: &diagnostics)
        let builder = PageContextBuilder(plan: plan, strings: content.strings, cssPath: "assets/torv.css")
        let sections = Self.prepareSections(content, plan: plan, builder: builder, today: options.today, diagnostics: &diagnostics)
        let generatedPaths = sections.flatMap(\.generatedPaths)
        GeneratedPathValidator.check(sections, plan: plan, diagnostics: &diagnostics)

        // 3. Markdown, then links (which need every page's headings)
        let allowRawHTML = content.config.allowRawHTML
        let previousMarkdown = cache?.markdown ?? [:]
        let freshPages = cache?.freshPages ?? []
        let markdownResults = Parallel.map(plan.pages) { page -> (UInt64, MarkdownPage, Bool) in
            // A page whose file was not read again has the same text as last time.
            if let cached = previousMarkdown[page.source.file.path], !freshPages.contains(page.source.file.path) {
                return (cached.hash, cached.page, false)
            }
            let hash = Self.markdownKey(page.source, allowRawHTML: allowRawHTML)
            if let cached = previousMarkdown[page.source.file.path], cached.hash == hash { return (hash, cached.page, false) }
            return (hash, MarkdownRenderer.render(page.source, allowRawHTML: allowRawHTML), true)
        }
        let markdown = markdownResults.map(\.1)
        if let cache {
            cache.markdown = Dictionary(uniqueKeysWithValues: zip(plan.pages, markdownResults).map { ($0.source.file.path, ($1.0, $1.1)) })
            cache.count(markdown: markdownResults.filter(\.2).count)
        }
        var anchors: [String: [String: Set<String>]] = [:]
        for (page, rendered) in zip(plan.pages, markdown) {
            anchors[page.key, default: [:]][page.language] = Set(rendered.headings.map(\.id))
            diagnostics.append(contentsOf: rendered.diagnostics)
        }
        let assetFiles = templateDirectory.exists
            ? templateDirectory.listFiles(diagnostics: &diagnostics).filter { $0.hasPrefix("assets/") } : []
        let resolver = LinkResolver(
            plan: plan, anchors: anchors, staticFiles: Set(content.staticFiles), generatedPaths: Set(assetFiles + generatedPaths))

        // 4. Render (with a cache: only pages whose own text or the site's structure changed)
        let structure = cache.map { _ in
            StructureHash.of(content: content, plan: plan, anchors: anchors, templates: templateDirectory, options: options,
                dataStamps: cache?.dataStamps ?? [:])
        } ?? 0
        let previousHTML = cache?.html ?? [:]
        let jobs = zip(plan.pages, markdownResults).map { RenderJob(page: $0.0, markdown: $0.1.1, key: RenderJob.key(markdown: $0.1.0, structure: structure)) }
        let pageRenderer = PageRenderer(builder: builder, sections: sections, resolver: resolver, templates: templates)
        let rendered = Parallel.map(jobs) { job -> RenderedPage in
            if let cached = previousHTML[job.page.outputPath], cached.key == job.key {
                return RenderedPage(file: cached.file, diagnostics: cached.diagnostics, fresh: false)
            }
            return pageRenderer.render(job)
        }
        var files: [OutputFile] = []
        var freshPaths = Set<String>()
        for (job, page) in zip(jobs, rendered) {
            diagnostics.append(contentsOf: page.diagnostics)
            if let file = page.file {
                files.append(file)
                if page.fresh { freshPaths.insert(file.path) }
                if let cache, templates != nil { cache.html[file.path] = (job.key, file, page.diagnostics) }
            }
        }
        if let cache {
            let present = Set(files.map(\.path))
            cache.html = cache.html.filter { present.contains($0.key) }
            cache.count(rendered: freshPaths.count)
        }
        if let templates {
            files += SpecialPages.notFoundPages(plan: plan, builder: builder, templates: templates)
        }
        files.append(SpecialPages.accessibilityRedirect(config: content.config))
        if let templates {
            if let cache, let previous = cache.sections, previous.key == structure {
                files += previous.files
            } else {
                let sectionFiles = sections.flatMap { $0.render(templates: templates) }
                files += sectionFiles
                freshPaths.formUnion(sectionFiles.map(\.path))
                cache?.sections = (structure, sectionFiles)
                cache?.count(sections: true)
            }
        }

        // 5. Copy assets and media as they are
        for asset in assetFiles {
            if let bytes = templateDirectory.read(asset, diagnostics: &diagnostics) { files.append(OutputFile(path: asset, bytes: bytes)) }
        }
        for media in content.staticFiles {
            if let bytes = contentDirectory.read(media, diagnostics: &diagnostics) { files.append(OutputFile(path: media, bytes: bytes)) }
        }

        if let cache, let previous = cache.sitemap, previous.key == structure {
            files += previous.files
        } else {
            let sitemap = Sitemap.files(for: files, config: content.config)
            cache?.sitemap = (structure, sitemap)
            files += sitemap
        }

        // 6. Privacy: nothing in the output may load from another host.
        // With a cache, only what was rendered this time is scanned (the rest was scanned when it was made).
        ThirdPartyResources.check(cache == nil ? files : files.filter { freshPaths.contains($0.path) || !$0.path.hasSuffix(".html") },
            templatesRoot: templateDirectory.root, diagnostics: &diagnostics)

        let list = DiagnosticList(diagnostics)
        if let cache, templates != nil {
            cache.last = LastBuild(
                plan: plan, renderer: pageRenderer, allowRawHTML: allowRawHTML, structure: structure,
                diagnostics: diagnostics)
        }
        // Pages per language: every HTML page written, but the 404 pages and the /was/ redirect.
        let others = Set(content.config.languages.filter { $0 != content.config.defaultLanguage })
        let pagePaths = files.map(\.path).filter { $0.hasSuffix("index.html") && $0 != "was/index.html" }
        let counts = content.config.languages.map { language -> (String, Int) in
            let n = pagePaths.filter { path in
                let first = path.split(separator: "/").first.map(String.init) ?? ""
                return language == content.config.defaultLanguage ? !others.contains(first) : first == language
            }.count
            return (language, n)
        }
        return Output(
            files: list.hasErrors ? nil : files.sorted { $0.path < $1.path },
            diagnostics: list.sorted, pagesPerLanguage: counts)
    }
}

extension SiteRenderer {
    /// What a page's Markdown output depends on: its text and whether raw HTML is allowed.
    static func markdownKey(_ page: PageSource, allowRawHTML: Bool) -> UInt64 {
        var hash = InputHash()
        hash.add(page.file.text)
        hash.add(allowRawHTML ? 1 : 0)
        return hash.value
    }

    /// The data sections, in dependency order: the catalogue first (the others refer to its
    /// enterprises), then the market day, the prize and the stories; then the catalogue's links back.
    static func prepareSections(
        _ content: ContentSet, plan: SitePlan, builder: PageContextBuilder, today: LocalDate?, diagnostics: inout [Diagnostic]
    ) -> [any SiteSection] {
        var catalogueSection: CatalogueSection?
        if let catalogue = content.catalogue {
            CatalogueValidator.check(catalogue, staticFiles: Set(content.staticFiles), today: today, diagnostics: &diagnostics)
            catalogueSection = CatalogueSection.prepare(
                catalogue: catalogue, plan: plan, strings: content.strings, builder: builder, diagnostics: &diagnostics)
        }
        var enterprises = catalogueSection?.enterpriseIndex ?? [:]
        // Enterprises whose file exists but has errors (or a catalogue with no page yet): their own
        // errors are reported; references to them are not reported again.
        for id in content.catalogue?.fileIDs ?? [] where enterprises[id] == nil { enterprises[id] = (id, [:]) }
        let marketDays = content.marketDays.isEmpty ? nil : MarketDaySection.prepare(
            days: content.marketDays, plan: plan, builder: builder, strings: content.strings, today: today,
            enterprises: enterprises, diagnostics: &diagnostics)
        let prize = content.prize.flatMap {
            PrizeSection.prepare(prize: $0, plan: plan, builder: builder, strings: content.strings, today: today,
                enterprisePaths: enterprises.mapValues(\.paths), diagnostics: &diagnostics)
        }
        let stories = StoriesSection.prepare(
            plan: plan, themes: content.storyThemes, builder: builder, strings: content.strings, enterprises: enterprises,
            staticFiles: Set(content.staticFiles), diagnostics: &diagnostics)
        var sections: [any SiteSection] = []
        if var catalogueSection {
            catalogueSection.stories = stories
            catalogueSection.marketDays = marketDays
            sections.append(catalogueSection)
        }
        if let marketDays { sections.append(marketDays) }
        if let prize { sections.append(prize) }
        if let stories { sections.append(stories) }
        return sections
    }
}

struct RenderJob: Sendable {
    var page: PlannedPage
    var markdown: MarkdownPage
    /// What the page's HTML depends on: its own text and the site's structure.
    var key: UInt64

    static func key(markdown: UInt64, structure: UInt64) -> UInt64 { markdown &+ structure &* 31 }
}

struct RenderedPage: Sendable {
    var file: OutputFile?
    var diagnostics: [Diagnostic]
    var fresh: Bool
}

/// Step 4 for one page: links resolved, then the page's template filled in.
struct PageRenderer: Sendable {
    var builder: PageContextBuilder
    var sections: [any SiteSection]
    var resolver: LinkResolver
    var templates: TemplateSet?

    func render(_ job: RenderJob) -> RenderedPage {
        var local: [Diagnostic] = []
        let html = LinkSubstitution.apply(job.markdown, page: job.page, resolver: resolver, diagnostics: &local)
        guard let templates else { return RenderedPage(file: nil, diagnostics: local, fresh: true) }
        var context = builder.context(for: job.page, html: html, headings: job.markdown.headings)
        let layout = job.page.source.frontMatter.layout
        var home: [String: Any] = [:]
        for section in sections {
            if section.hostLayout == layout { context.merge(section.hostContext(language: job.page.language)) { $1 } }
            if let extra = section.pageContext(for: job.page) { context.merge(extra) { $1 } }
            if layout == "home" { home.merge(section.homeContext(language: job.page.language)) { $1 } }
        }
        if layout == "home" { context["home"] = home }
        let text = templates.render(context, layout: layout)
        return RenderedPage(file: OutputFile(path: job.page.outputPath, text: text), diagnostics: local, fresh: true)
    }
}

/// A hash of everything that can change more than one page: configuration and data files, templates,
/// every page's address, title, summary, order, dates, layout and heading ids, and the build options.
enum StructureHash {
    static func of(content: ContentSet, plan: SitePlan, anchors: [String: [String: Set<String>]],
                   templates: ContentDirectory, options: BuildOptions, dataStamps: [String: RenderCache.Stamp]) -> UInt64 {
        var hash = InputHash()
        for (path, stamp) in dataStamps.sorted(by: { $0.key < $1.key }) { hash.add(path); hash.add(stamp.modified); hash.add(stamp.size) }
        hash.add(options.baseURL ?? "")
        hash.add(options.today?.description ?? "")
        var ignored: [Diagnostic] = []
        for path in templates.listFiles(diagnostics: &ignored) {
            hash.add(path)
            if let stamp = RenderCache.stamp(templates.absolutePath(path)) { hash.add(stamp.modified); hash.add(stamp.size) }
        }
        hash.add(content.config.baseURL)
        for (language, strings) in content.strings.sorted(by: { $0.key < $1.key }) {
            hash.add(language)
            for (key, value) in strings.values.sorted(by: { $0.key < $1.key }) { hash.add(key); hash.add(value) }
        }
        hash.add(content.staticFiles.joined(separator: "\n"))
        for page in plan.pages {
            let fm = page.source.frontMatter
            for part in [page.key, page.language, page.path, fm.title, fm.summary, fm.layout, fm.date?.description ?? "",
                         fm.updated?.description ?? "", fm.story?.lead ?? "", fm.story?.enterprise?.id ?? ""] { hash.add(part) }
            hash.add(fm.weight)
            hash.add((fm.story?.themes.map(\.id) ?? []).joined(separator: ","))
            hash.add((anchors[page.key]?[page.language] ?? []).sorted().joined(separator: ","))
        }
        return hash.value
    }
}

/// Puts the resolved addresses in place of the `torv-link:N` placeholders left by the Markdown pass.
enum LinkSubstitution {
    static func apply(_ markdown: MarkdownPage, page: PlannedPage, resolver: LinkResolver, diagnostics: inout [Diagnostic]) -> String {
        guard !markdown.pendingLinks.isEmpty else { return markdown.html }
        var replacements: [String] = []
        for link in markdown.pendingLinks {
            switch resolver.resolve(link, from: page) {
            case .success(let resolution):
                var attribute = HTML.escapeAttribute(resolution.url) + "\""
                if let hreflang = resolution.hreflang, !link.isImage { attribute += " hreflang=\"\(hreflang)\"" }
                replacements.append(attribute)
            case .failure(let problem):
                diagnostics.append(problem)
                replacements.append("#\"")
            }
        }
        let marker = Array(("=\"" + MarkdownPage.placeholderScheme).utf8)
        let html = Array(markdown.html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(html.count + 64 * replacements.count)
        var i = 0
        while i < html.count {
            if html[i] == marker[0], i + marker.count <= html.count, html[i..<(i + marker.count)].elementsEqual(marker) {
                var j = i + marker.count
                var number = 0
                var digits = 0
                while j < html.count, html[j] >= 48, html[j] <= 57, digits < 9 {
                    number = number * 10 + Int(html[j] - 48)
                    j += 1
                    digits += 1
                }
                if digits > 0, j < html.count, html[j] == UInt8(ascii: "\""), number < replacements.count {
                    out.append(contentsOf: Array("=\"".utf8))
                    out.append(contentsOf: Array(replacements[number].utf8))
                    i = j + 1
                    continue
                }
            }
            out.append(html[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
