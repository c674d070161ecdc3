/// The entry points the fuzzers drive (see `Sources/torv-fuzz` and `Fuzz/README.md`). Each takes
/// arbitrary bytes, runs them through a whole part of the pipeline and must return normally:
/// bad input becomes diagnostics, never a crash or a hang. The regression corpus is replayed
/// through the same functions by the test suite.
public enum FuzzTargets {
    /// The site the inputs are read for: its language codes, the first the default. The fuzz harness
    /// and the tests give it (the engine knows no language).
    public struct Fixture: Sendable {
        public var languages: [String]
        public init(languages: [String]) { self.languages = languages }
        var first: String { languages.first ?? "" }
        var last: String { languages.last ?? "" }
    }

    /// A Markdown page: decoding, front matter, YAML, Markdown, heading ids, links, lint, readability.
    @discardableResult
    public static func page(_ bytes: [UInt8], fixture: Fixture) -> Int {
        var diagnostics: [Diagnostic] = []
        let (decoded, problem) = SourceFile.decode(bytes, path: "content/fuzz.\(fixture.first).md")
        if let problem { diagnostics.append(problem) }
        guard let file = decoded,
            let page = PageLoader.load(
                file, relativePath: "stories/fuzz.\(fixture.first).md", key: "stories/fuzz", language: fixture.first, diagnostics: &diagnostics)
        else { return diagnostics.count }
        let rendered = MarkdownRenderer.render(page, allowRawHTML: false, smartPunctuation: false)
        _ = ThirdPartyResources.htmlResources(rendered.html)
        return diagnostics.count + rendered.diagnostics.count + rendered.headings.count
    }

    /// Every YAML data format: site.yaml, UI strings, the catalogue's lists and enterprises, the prize,
    /// a market day and story themes, all read from the same bytes.
    @discardableResult
    public static func data(_ bytes: [UInt8], fixture: Fixture) -> Int {
        let languages = fixture.languages
        var diagnostics: [Diagnostic] = []
        let (decoded, problem) = SourceFile.decode(bytes, path: "content/fuzz.yaml")
        if let problem { diagnostics.append(problem) }
        guard let file = decoded else { return diagnostics.count }
        _ = SiteConfigLoader.load(file, diagnostics: &diagnostics)
        _ = UIStringsLoader.load(file, language: fixture.first, diagnostics: &diagnostics)
        let vocabulary = CatalogueLoader.loadVocabulary(file, languages: languages, diagnostics: &diagnostics)
            ?? CatalogueVocabulary(categories: [CatalogueTerm(id: "catering", label: LocalizedText([fixture.first: "catering"]))],
                targetGroups: [], employmentForms: [], sellsTo: [])
        _ = CatalogueLoader.loadEnterprise(file, fileID: "fuzz", vocabulary: vocabulary, languages: languages, diagnostics: &diagnostics)
        _ = PrizeLoader.parse(file, languages: languages, diagnostics: &diagnostics)
        if let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
            let root = document.rootMapping(diagnostics: &diagnostics, what: "fuzz")
        {
            _ = MarketDayLoader.read(root, year: 2026, languages: languages, diagnostics: &diagnostics)
        }
        return diagnostics.count
    }

    /// Markdown alone (no front matter), as in pages and in data texts, through cmark and Torv's passes.
    @discardableResult
    public static func markdown(_ bytes: [UInt8], fixture: Fixture) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        var diagnostics: [Diagnostic] = []
        let html = InlineMarkdown.render(text, smartPunctuation: true, location: SourceLocation(path: "fuzz"), diagnostics: &diagnostics)
        let fm = FrontMatter(title: "T", slug: nil, summary: "S", weight: 0, layout: .page, toc: true)
        let page = PageSource(
            file: SourceFile(path: "content/fuzz.\(fixture.last).md", text: text), relativePath: "fuzz.\(fixture.last).md", key: "fuzz",
            language: fixture.last, frontMatter: fm, body: text[...], bodyFirstLine: 1)
        let rendered = MarkdownRenderer.render(page, allowRawHTML: bytes.first.map { $0 & 1 == 1 } ?? false, smartPunctuation: true)
        _ = PageViewBuilder.tableOfContents(rendered.headings)
        return html.utf8.count + rendered.html.count + diagnostics.count
    }

    /// Templates: the bytes are split at NUL bytes into `page`, `base`, `partials/a` and `partials/b`
    /// (so that partials, inheritance, cycles and nesting can all arise), checked as the build checks
    /// them, and when they pass, rendered with a small view.
    @discardableResult
    public static func template(_ bytes: [UInt8], fixture: Fixture) -> Int {
        let names = ["page", "base", "partials/a", "partials/b"]
        let pieces = bytes.split(separator: 0, maxSplits: names.count - 1, omittingEmptySubsequences: false)
        var files: [(name: String, file: SourceFile)] = []
        for (name, piece) in zip(names, pieces) {
            let text = String(decoding: piece, as: UTF8.self)
            files.append((name, SourceFile(path: "templates/\(name).mustache", text: text)))
        }
        var diagnostics: [Diagnostic] = []
        guard let templates = TemplateSet.make(files, uiKeys: ["skip"], layouts: [.page], displayPath: { "templates/" + $0 },
            diagnostics: &diagnostics)
        else { return diagnostics.count }
        let html = templates.render(templateView(fixture), layout: .page, diagnostics: &diagnostics)
        return html.count + diagnostics.count
    }

    /// The small view the template target renders (and the tests render the same templates with).
    static func templateView(_ fixture: Fixture) -> PageView {
        let language = fixture.languages.first ?? "x"
        var chrome = SiteChrome.empty(language)
        chrome.t = UIStringsView(values: ["skip": "Spring over"])
        let page = PageInfoView(
            title: "T <b>", summary: "S", url: "/", canonical: "/", layout: Layout.page.rawValue, isHome: false,
            children: [ChildPageView(title: "A", url: "/a/", summary: ""), ChildPageView(title: "B", url: "/b/", summary: "")])
        return PageView(chrome: chrome, nav: [], page: page, alternates: [], defaultAlternate: "/", switcher: [], breadcrumbs: [])
    }

    public static func run(_ target: String, _ bytes: [UInt8], fixture: Fixture) -> Bool {
        switch target {
        case "page": page(bytes, fixture: fixture)
        case "data": data(bytes, fixture: fixture)
        case "markdown": markdown(bytes, fixture: fixture)
        case "template": template(bytes, fixture: fixture)
        default: return false
        }
        return true
    }
}
