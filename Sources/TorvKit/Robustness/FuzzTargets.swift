/// The entry points the fuzzers drive (see `Sources/torv-fuzz` and `Fuzz/README.md`). Each takes
/// arbitrary bytes, runs them through a whole part of the pipeline and must return normally:
/// bad input becomes diagnostics, never a crash or a hang. The regression corpus is replayed
/// through the same functions by the test suite.
public enum FuzzTargets {
    public static let languages = ["da", "en"]

    /// A Markdown page: decoding, front matter, YAML, Markdown, heading ids, links, lint, readability.
    @discardableResult
    public static func page(_ bytes: [UInt8]) -> Int {
        var diagnostics: [Diagnostic] = []
        let (decoded, problem) = SourceFile.decode(bytes, path: "content/fuzz.da.md")
        if let problem { diagnostics.append(problem) }
        guard let file = decoded,
            let page = PageLoader.load(file, relativePath: "stories/fuzz.da.md", key: "stories/fuzz", language: "da", diagnostics: &diagnostics)
        else { return diagnostics.count }
        let rendered = MarkdownRenderer.render(page, allowRawHTML: false)
        _ = ThirdPartyResources.htmlResources(rendered.html)
        return diagnostics.count + rendered.diagnostics.count + rendered.headings.count
    }

    /// Every YAML data format: site.yaml, UI strings, the catalogue's lists and enterprises, the prize,
    /// a market day and story themes, all read from the same bytes.
    @discardableResult
    public static func data(_ bytes: [UInt8]) -> Int {
        var diagnostics: [Diagnostic] = []
        let (decoded, problem) = SourceFile.decode(bytes, path: "content/fuzz.yaml")
        if let problem { diagnostics.append(problem) }
        guard let file = decoded else { return diagnostics.count }
        _ = SiteConfigLoader.load(file, diagnostics: &diagnostics)
        _ = UIStringsLoader.load(file, language: "da", diagnostics: &diagnostics)
        let vocabulary = CatalogueLoader.loadVocabulary(file, languages: languages, diagnostics: &diagnostics)
            ?? CatalogueVocabulary(categories: [CatalogueTerm(id: "catering", label: LocalizedText(["da": "Catering"]))],
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
    public static func markdown(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        var diagnostics: [Diagnostic] = []
        let html = InlineMarkdown.render(text, language: "en", location: SourceLocation(path: "fuzz"), diagnostics: &diagnostics)
        let fm = FrontMatter(title: "T", slug: nil, summary: "S", weight: 0, layout: "page", toc: true)
        let page = PageSource(file: SourceFile(path: "content/fuzz.en.md", text: text), relativePath: "fuzz.en.md", key: "fuzz",
            language: "en", frontMatter: fm, body: text, bodyFirstLine: 1)
        let rendered = MarkdownRenderer.render(page, allowRawHTML: bytes.first.map { $0 & 1 == 1 } ?? false)
        _ = PageContextBuilder.tableOfContents(rendered.headings)
        return html.utf8.count + rendered.html.utf8.count + diagnostics.count
    }

    /// Templates: the bytes are split at NUL bytes into `page`, `base`, `partials/a` and `partials/b`
    /// (so that partials, inheritance, cycles and nesting can all arise), checked as the build checks
    /// them, and when they pass, rendered with a small context.
    @discardableResult
    public static func template(_ bytes: [UInt8]) -> Int {
        let names = ["page", "base", "partials/a", "partials/b"]
        let pieces = bytes.split(separator: 0, maxSplits: names.count - 1, omittingEmptySubsequences: false)
        var files: [(name: String, file: SourceFile)] = []
        for (name, piece) in zip(names, pieces) {
            let text = String(decoding: piece, as: UTF8.self)
            files.append((name, SourceFile(path: "templates/\(name).mustache", text: text)))
        }
        var diagnostics: [Diagnostic] = []
        guard let templates = TemplateSet.make(files, uiStrings: ["skip"], layouts: ["page"], displayPath: { "templates/" + $0 },
            diagnostics: &diagnostics)
        else { return diagnostics.count }
        let context: [String: Any] = [
            "page": ["title": "T <b>", "children": [["title": "A"], ["title": "B"]], "toc": true],
            "t": ["skip": "Spring over"], "site": ["title": "S"], "lang": "da",
        ]
        return templates.render(context, layout: "page").utf8.count + diagnostics.count
    }

    public static func run(_ target: String, _ bytes: [UInt8]) -> Bool {
        switch target {
        case "page": page(bytes)
        case "data": data(bytes)
        case "markdown": markdown(bytes)
        case "template": template(bytes)
        default: return false
        }
        return true
    }
}
