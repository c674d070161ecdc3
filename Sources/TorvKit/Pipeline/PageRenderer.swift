/// Builds a content page's view and fills views into their templates.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    /// Pages made by earlier builds (serve, `--cache`), by output path; nil for a one-off build.
    let memo: Memo<RenderedPage>?
    /// Every page is written as soon as it is rendered and not kept (no memo): its bytes need not be
    /// copied to their exact size (see `TemplateSet.render`).
    var writtenAtOnce = false

    /// A content page's view: its HTML with links resolved, the chrome, and what the sections add.
    static func view(for converted: ConvertedPage, planned: PlannedSite, resolver: LinkResolver, diagnostics: inout [Diagnostic]) -> PageView {
        var unchecked: [LinkSubstitution.UncheckedAnchor] = []
        return view(for: converted, planned: planned, resolver: resolver, diagnostics: &diagnostics, unchecked: &unchecked)
    }

    /// `view`, adding to `unchecked` the links to headings the resolver could not check yet.
    static func view(
        for converted: ConvertedPage, planned: PlannedSite, resolver: LinkResolver, diagnostics: inout [Diagnostic],
        unchecked: inout [LinkSubstitution.UncheckedAnchor]
    ) -> PageView {
        let page = converted.page
        let linked = LinkSubstitution.apply(
            converted.markdown, page: page, resolver: resolver, diagnostics: &diagnostics, unchecked: &unchecked)
        let html = MarkdownImages.responsive(linked, images: planned.builder.images, plan: planned.plan)
        var view = planned.builder.view(for: page, html: html, headings: converted.markdown.headings)
        let layout = page.source.frontMatter.layout
        for section in planned.sections {
            if section.hostLayout == layout { view.add(section.hostView(language: page.language)) }
            if let extra = section.pageView(for: page) { view.add(extra) }
        }
        if layout == .home {
            var home = HomeView(stories: [])
            for section in planned.sections { section.addToHome(&home, language: page.language) }
            view.section = HomePageView(home: home)
        }
        return view
    }

    /// What a page's HTML is made from: the templates, its layout and its whole view.
    func key(_ page: GeneratedPage) -> UInt64 {
        var hash = KeyHash()
        hash.add(templates.key)
        hash.add(page.layout.rawValue)
        page.view.hash(into: &hash)
        return hash.value
    }

    /// The page's file, and whether it was rendered now (false: the last build's, from the same view).
    /// With a memo, also what the page loads from other hosts (found when it was made).
    /// A page cut off at the renderer's limits is an error in `diagnostics`, and is not kept for the next build.
    func render(_ page: GeneratedPage, diagnostics: inout [Diagnostic]) -> (file: OutputFile, resources: PageResources?, made: Bool) {
        var problems: [Diagnostic] = []
        let make = {
            let bytes = templates.render(page.view, layout: page.layout, diagnostics: &problems, exactSize: !writtenAtOnce || memo != nil)
            return OutputFile(path: page.path, bytes: bytes)
        }
        guard let memo else {
            let file = make()
            diagnostics += problems
            return (file, nil, true)
        }
        let result = memo.value(id: page.path, key: key(page)) {
            let file = make()
            return RenderedPage(file: file, resources: PageResources(file: file))
        }
        if !problems.isEmpty {
            memo.forget(page.path)
            diagnostics += problems
        }
        return (result.value.file, result.value.resources, result.made)
    }
}

extension PageView {
    mutating func add(_ section: SectionView) {
        self.section = section.view
        if let jsonLD = section.jsonLD { self.jsonLD = jsonLD }
    }
}
