/// Builds the `PageView` of a content page, a generated page or a 404 page.
struct PageViewBuilder: Sendable {
    let plan: SitePlan
    let strings: [String: UIStrings]
    let chrome: SiteChrome
    /// The site's images in their published widths (`ImageStage`), for `srcset`, `width` and `height`.
    let images: ImageSet

    init(plan: SitePlan, strings: [String: UIStrings], cssPath: String, images: ImageSet = .empty) {
        self.plan = plan
        self.strings = strings
        self.images = images
        chrome = SiteChrome(plan: plan, strings: strings, cssPath: cssPath)
    }

    var config: SiteConfig { plan.config }

    /// A view with the language's chrome and the menu marked for the page `currentKey`; the rest empty.
    func base(language: String, currentKey: String?, page: PageInfoView) -> PageView {
        let chrome = chrome[language] ?? self.chrome[config.defaultLanguage] ?? SiteChrome.empty(language)
        let section = currentKey.map { Set(plan.ancestors(of: $0) + [$0]) } ?? []
        let nav = chrome.menu.map { entry in
            var item = entry.item
            item.current = entry.sectionKey.map(section.contains) ?? false
            return item
        }
        return PageView(chrome: chrome, nav: nav, page: page, alternates: [], defaultAlternate: "", switcher: [], breadcrumbs: [])
    }

    /// The view of a content page, with its HTML.
    func view(for page: PlannedPage, html: [UInt8], headings: [MarkdownPage.Heading]) -> PageView {
        let language = page.language
        let fm = page.source.frontMatter
        let info = PageInfoView(
            title: fm.title, summary: fm.summary, content: html, url: plan.url(page.path), canonical: plan.absoluteURL(page.path),
            layout: fm.layout.rawValue, isHome: page.key == "index",
            date: fm.date.map { plan.format(language).longDate($0) }, dateISO: fm.date?.description,
            updated: fm.updated.map { plan.format(language).longDate($0) }, updatedISO: fm.updated?.description,
            toc: fm.toc ? Self.tableOfContents(headings) : nil,
            children: plan.childIndices(of: page.key, language: language).map { child in
                ChildPageView(
                    title: plan.pages[child].source.frontMatter.title, url: plan.url(plan.pages[child].path),
                    summary: plan.pages[child].source.frontMatter.summary)
            })
        // The other pages are read where they are in the plan (by index), not copied out of it.
        var view = base(language: language, currentKey: page.key, page: info)
        view.alternates = plan.versionIndices(of: page.key).map {
            AlternateView(lang: plan.pages[$0].language, url: plan.absoluteURL(plan.pages[$0].path))
        }
        view.defaultAlternate = plan.absoluteURL(
            plan.pageIndex(key: page.key, language: config.defaultLanguage).map { plan.pages[$0].path } ?? page.path)
        view.switcher = switcher(for: page.key, language: language)
        view.breadcrumbs = plan.ancestors(of: page.key).compactMap { key in
            plan.bestVersionIndex(of: key, for: language).map {
                LinkView(title: plan.pages[$0].source.frontMatter.title, url: plan.url(plan.pages[$0].path))
            }
        }
        return view
    }

    /// The view of a page Torv generates from data (no Markdown source): it sits below the page
    /// `parentKey`, exists in the languages of `paths`, and has extra breadcrumbs between.
    func generated(
        language: String, paths: [String: String], parentKey: String, title: String, summary: String,
        layout: Layout, crumbs: [LinkView] = []
    ) -> PageView {
        let path = paths[language] ?? ""
        let info = PageInfoView(
            title: title, summary: summary, url: plan.url(path), canonical: plan.absoluteURL(path), layout: layout.rawValue,
            isHome: false, children: [])
        var view = base(language: language, currentKey: parentKey, page: info)
        view.alternates = config.languages.compactMap { l in paths[l].map { AlternateView(lang: l, url: plan.absoluteURL($0)) } }
        view.defaultAlternate = plan.absoluteURL(paths[config.defaultLanguage] ?? path)
        view.switcher = config.languages.filter { $0 != language }.map { other in
            switcherEntry(other, url: paths[other].map(plan.url), available: paths[other] != nil)
        }
        view.breadcrumbs = (plan.ancestors(of: parentKey) + [parentKey]).compactMap { key in
            plan.bestVersion(of: key, for: language).map { LinkView(title: $0.source.frontMatter.title, url: plan.url($0.path)) }
        } + crumbs
        return view
    }

    /// The 404 page of a language, at `404.html` in the language's folder.
    func notFound(language: String) -> (path: String, view: PageView) {
        let path = homePath(language) + "404.html"
        let info = PageInfoView(
            title: strings[language]?["not_found_title"] ?? "404", summary: strings[language]?["not_found_text"] ?? "",
            url: plan.url(path), canonical: plan.absoluteURL(path), layout: Layout.notFound.rawValue, isHome: false)
        var view = base(language: language, currentKey: nil, page: info)
        view.alternates = config.languages.map { AlternateView(lang: $0, url: plan.absoluteURL(homePath($0) + "404.html")) }
        view.defaultAlternate = plan.absoluteURL("404.html")
        view.switcher = config.languages.filter { $0 != language }.map { other in
            SwitcherEntryView(lang: other, name: plan.format(other).name, url: plan.url(homePath(other) + "404.html"), available: true)
        }
        return (path, view)
    }

    /// A language's home folder: `` for the default language, `en/` for the others.
    func homePath(_ language: String) -> String { language == config.defaultLanguage ? "" : language + "/" }

    /// One entry per other language: the translation when there is one, else that language's home page.
    func switcher(for key: String, language: String) -> [SwitcherEntryView] {
        config.languages.filter { $0 != language }.map { other in
            let target = plan.pageIndex(key: key, language: other)
            return switcherEntry(other, url: target.map { plan.url(plan.pages[$0].path) }, available: target != nil)
        }
    }

    private func switcherEntry(_ language: String, url: String?, available: Bool) -> SwitcherEntryView {
        SwitcherEntryView(
            lang: language, name: plan.format(language).name, url: url ?? plan.url(homePath(language)),
            available: available, notTranslated: available ? nil : strings[language]?["not_translated"] ?? "")
    }

    /// Level-2 headings with their level-3 headings below them.
    static func tableOfContents(_ headings: [MarkdownPage.Heading]) -> [TOCEntryView] {
        var entries: [TOCEntryView] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 3, !entries.isEmpty, entries[entries.count - 1].isOpen {
                entries[entries.count - 1].children.append(TOCSubentryView(id: heading.id, text: heading.text))
            } else {
                entries.append(TOCEntryView(id: heading.id, text: heading.text, children: [], isOpen: heading.level == 2))
            }
        }
        return entries
    }
}
