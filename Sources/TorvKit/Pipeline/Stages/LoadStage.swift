/// Stage 1: read `content/` and `templates/` (see `LoadedSite`).
enum LoadStage {
    static func run(_ options: BuildOptions, cache: RenderCache?, diagnostics: inout [Diagnostic]) -> LoadedSite? {
        let contentDirectory = ContentDirectory(root: options.content)
        let templateDirectory = ContentDirectory(root: options.templates)
        guard var content = ContentLoader.load(
            from: contentDirectory, cache: cache, heldTextLimit: options.heldMarkdownLimit, diagnostics: &diagnostics) else { return nil }
        if let baseURL = options.baseURL {
            content.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        let uiKeys = Set(content.strings.values.flatMap { $0.values.keys })
        let templates = TemplateSet.load(
            from: templateDirectory, uiKeys: uiKeys, layouts: layouts(for: content), engine: options.templateEngine,
            diagnostics: &diagnostics)
        let assetFiles = templateDirectory.exists
            ? templateDirectory.listFiles(diagnostics: &diagnostics).filter { $0.hasPrefix("assets/") } : []
        return LoadedSite(
            content: content, contentDirectory: contentDirectory, templateDirectory: templateDirectory, templates: templates,
            assetFiles: assetFiles, outputRoot: options.output)
    }

    /// The templates this content needs: pages, home and 404, and those of the sections it has.
    static func layouts(for content: ContentSet) -> [Layout] {
        var layouts = Layout.required
        if content.catalogue != nil { layouts += Layout.catalogueLayouts }
        if content.prize != nil { layouts += Layout.prizeLayouts }
        if !content.marketDays.isEmpty { layouts += Layout.marketDayLayouts }
        if content.pages.contains(where: { $0.frontMatter.story != nil }) { layouts += Layout.storyLayouts }
        if content.glossary != nil { layouts.append(.glossary) }
        if content.config.search { layouts += Layout.searchLayouts }
        return layouts
    }
}
