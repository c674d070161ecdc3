/// Success stories: the host page (`layout: stories`) lists them newest first, 10 to a page; Torv
/// adds the following list pages, a page per theme and an Atom feed per language. Each story page
/// gets its themes, its enterprise and its lead.
struct StoriesSection: SiteSection {
    let hostLayout = Layout.stories
    let plan: SitePlan
    let hostKey: String
    let themes: [CatalogueTerm]
    let builder: PageViewBuilder
    let strings: [String: UIStrings]
    let enterprises: [String: (name: String, paths: [String: String])]
    static let perPage = 10

    static func prepare(
        plan: SitePlan, themes: [CatalogueTerm], builder: PageViewBuilder, strings: [String: UIStrings],
        enterprises: [String: (name: String, paths: [String: String])], staticFiles: Set<String>, diagnostics: inout [Diagnostic]
    ) -> StoriesSection? {
        let stories = plan.pages.filter { $0.source.frontMatter.story != nil }
        guard !stories.isEmpty else { return nil }
        let themeIDs = themes.map(\.id)
        for page in stories {
            guard let story = page.source.frontMatter.story else { continue }
            for theme in story.themes where !themeIDs.contains(theme.id) {
                diagnostics.append(Diagnostic(.storyUnknownTheme(theme.id, known: themeIDs), at: theme.location,
                    excerpt: page.source.file.line(theme.location.line)))
            }
            if story.themes.isEmpty {
                diagnostics.append(Diagnostic(.storyNoTheme(), at: story.themesLocation ?? page.source.file.location(line: 1, column: 1)))
            }
            if let enterprise = story.enterprise, enterprises[enterprise.id] == nil {
                diagnostics.append(Diagnostic(.storyUnknownEnterprise(enterprise.id, known: Array(enterprises.keys)),
                    at: enterprise.location, excerpt: page.source.file.line(enterprise.location.line)))
            }
            for image in story.images where !staticFiles.contains(image.file) {
                diagnostics.append(Diagnostic(.storyMissingImage(image.file), at: image.location))
            }
            compareWithOriginal(page, plan: plan, diagnostics: &diagnostics)
        }
        guard let host = SectionHost.find(layout: .stories, plan: plan, dataPath: "content/stories", diagnostics: &diagnostics) else { return nil }
        return StoriesSection(plan: plan, hostKey: host, themes: themes, builder: builder, strings: strings, enterprises: enterprises)
    }

    /// A translated story has the same date, themes and enterprise as the original in the default
    /// language: a difference is a slip in one of the two files.
    static func compareWithOriginal(_ page: PlannedPage, plan: SitePlan, diagnostics: inout [Diagnostic]) {
        let source = plan.config.defaultLanguage
        guard page.language != source, let story = page.source.frontMatter.story,
            let original = plan.page(key: page.key, language: source), let originalStory = original.source.frontMatter.story
        else { return }
        func differs(_ key: String, _ value: String?, _ originalValue: String?, at location: SourceLocation?) {
            guard value != originalValue else { return }
            diagnostics.append(Diagnostic(
                .storyTranslationDiffers(key: key, value: value, original: original.source.file.path, originalValue: originalValue),
                at: location ?? page.source.file.location(line: 1, column: 1)))
        }
        if let date = page.source.frontMatter.date, let originalDate = original.source.frontMatter.date {
            differs("date", date.description, originalDate.description, at: story.dateLocation)
        }
        let themes = story.themes.map(\.id), originalThemes = originalStory.themes.map(\.id)
        if !themes.isEmpty, !originalThemes.isEmpty, Set(themes) != Set(originalThemes) {
            differs("themes", "[\(themes.joined(separator: ", "))]", "[\(originalThemes.joined(separator: ", "))]",
                at: story.themesLocation)
        }
        // A missing `enterprise` is marked at `themes`, the line it follows in a new story.
        differs("enterprise", story.enterprise?.id, originalStory.enterprise?.id,
            at: story.enterprise?.location ?? story.themesLocation)
    }

    var fallback: String { plan.config.defaultLanguage }
    var languages: [String] { plan.versions(of: hostKey).map(\.language) }
    func ui(_ key: String, _ language: String) -> String { strings[language]?[key] ?? strings[fallback]?[key] ?? key }

    /// The stories in a language, newest first (title breaks ties, so the order is stable).
    func stories(_ language: String) -> [PlannedPage] {
        plan.pages.filter { $0.language == language && $0.source.frontMatter.story != nil }
            .sorted { a, b in
                let (da, db) = (a.source.frontMatter.date, b.source.frontMatter.date)
                if da != db { return (da ?? LocalDate(year: 1, month: 1, day: 1)!) > (db ?? LocalDate(year: 1, month: 1, day: 1)!) }
                return a.source.frontMatter.title < b.source.frontMatter.title
            }
    }

    func hostPath(_ language: String) -> String? { plan.page(key: hostKey, language: language)?.path }
    func listPath(_ number: Int, _ language: String) -> String? {
        number == 1 ? hostPath(language) : hostPath(language).map { $0 + plan.urlWords.word(.storiesPage, language) + "/\(number)/" }
    }
    func themePath(_ id: String, _ language: String) -> String? {
        hostPath(language).map { $0 + plan.urlWords.word(.storiesTheme, language) + "/\(id)/" }
    }
    func feedPath(_ language: String) -> String? { hostPath(language).map { $0 + "feed.xml" } }

    func pageCount(_ language: String) -> Int { max(1, (stories(language).count + Self.perPage - 1) / Self.perPage) }

    var usedThemes: [CatalogueTerm] {
        let used = Set(plan.pages.flatMap { $0.source.frontMatter.story?.themes.map(\.id) ?? [] })
        return themes.filter { used.contains($0.id) }
    }

    var generatedPaths: [String] {
        languages.flatMap { l -> [String] in
            (2...max(2, pageCount(l))).compactMap { $0 <= pageCount(l) ? listPath($0, l) : nil }
                + usedThemes.compactMap { themePath($0.id, l) } + [feedPath(l)].compactMap { $0 }
        }
    }

    func themeLinks(_ ids: [String], _ language: String) -> [TermView] {
        ids.compactMap { id in
            guard let term = themes.first(where: { $0.id == id }) else { return nil }
            return TermView(label: term.label.text(in: language, fallback: fallback), url: themePath(id, language).map(plan.url) ?? "")
        }
    }

    func summary(_ page: PlannedPage) -> StorySummaryView {
        let fm = page.source.frontMatter
        return StorySummaryView(
            title: fm.title, url: plan.url(page.path), lead: fm.story?.lead ?? fm.summary,
            themes: themeLinks(fm.story?.themes.map(\.id) ?? [], page.language),
            date: fm.date.map { plan.format(page.language).longDate($0) }, dateISO: fm.date?.description)
    }

    /// Stories about an enterprise, for its catalogue page.
    func stories(about enterprise: String, _ language: String) -> [StorySummaryView] {
        stories(language).filter { $0.source.frontMatter.story?.enterprise?.id == enterprise }.map(summary)
    }

    func latest(_ language: String, count: Int) -> [StorySummaryView] { Array(stories(language).prefix(count)).map(summary) }

    func listView(_ number: Int, _ language: String) -> StoryListView {
        let all = stories(language)
        let slice = all.dropFirst((number - 1) * Self.perPage).prefix(Self.perPage)
        let count = pageCount(language)
        let pagination = PaginationView(
            current: number, total: count,
            previous: number > 1 ? listPath(number - 1, language).map(plan.url) : nil,
            next: number < count ? listPath(number + 1, language).map(plan.url) : nil,
            pages: (1...count).map { n in
                PaginationPageView(number: n, url: listPath(n, language).map(plan.url) ?? "", current: n == number)
            })
        return StoryListView(
            stories: slice.map(summary), pagination: pagination, themes: themeLinks(usedThemes.map(\.id), language),
            feedURL: feedPath(language).map(plan.url) ?? "",
            sample: all.contains { $0.source.frontMatter.story?.sample == true })
    }

    func hostView(language: String) -> SectionView { SectionView(view: StoryListHostView(storyList: listView(1, language))) }

    func addToHome(_ home: inout HomeView, language: String) {
        home.stories = latest(language, count: 3)
        home.storiesSample = stories(language).prefix(3).contains { $0.source.frontMatter.story?.sample == true }
        home.storiesURL = hostPath(language).map(plan.url) ?? ""
    }

    func pageView(for page: PlannedPage) -> SectionView? {
        guard let story = page.source.frontMatter.story else { return nil }
        var enterprise: EnterpriseLinkView?
        if let id = story.enterprise?.id, let e = enterprises[id], let path = e.paths[page.language] ?? e.paths[fallback] {
            enterprise = EnterpriseLinkView(name: e.name, url: plan.url(path))
        }
        let view = StoryView(
            lead: story.lead, themes: themeLinks(story.themes.map(\.id), page.language), sample: story.sample,
            images: story.images.enumerated().map { index, image in
                StoryImageView(
                    picture: Picture(file: image.file, images: builder.images, use: .content, url: plan.url),
                    alt: image.alt["*"] ?? "", lazy: index > 0)
            },
            listURL: hostPath(page.language).map(plan.url) ?? "", enterprise: enterprise)
        return SectionView(view: StoryPageView(story: view))
    }

    func pages() -> [GeneratedPage] {
        languages.flatMap { language in listPages(language) + themePages(language) }
    }

    /// List pages 2…n (the host page is the first).
    func listPages(_ language: String) -> [GeneratedPage] {
        guard pageCount(language) > 1 else { return [] }
        let title = hostTitle(language)
        return (2...pageCount(language)).compactMap { number in
            let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in
                number <= pageCount(l) ? listPath(number, l).map { (l, $0) } : nil })
            guard let path = paths[language] else { return nil }
            var view = builder.generated(language: language, paths: paths, parentKey: hostKey,
                title: "\(title), \(ui("stories_page", language)) \(number)", summary: "\(title), \(ui("stories_page", language)) \(number).",
                layout: .storiesList)
            view.section = StoryListHostView(storyList: listView(number, language))
            return GeneratedPage(path: path + "index.html", layout: .storiesList, view: view)
        }
    }

    func themePages(_ language: String) -> [GeneratedPage] {
        usedThemes.compactMap { theme in
            let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in themePath(theme.id, l).map { (l, $0) } })
            guard let path = paths[language] else { return nil }
            let label = theme.label.text(in: language, fallback: fallback)
            var view = builder.generated(language: language, paths: paths, parentKey: hostKey,
                title: "\(ui("stories_theme", language)): \(label)", summary: "\(ui("stories_theme_summary", language)): \(label).",
                layout: .storiesList)
            var list = listView(1, language)
            list.stories = stories(language).filter { $0.source.frontMatter.story?.themes.contains { $0.id == theme.id } == true }.map(summary)
            list.pagination = PaginationView(current: 1, total: 1, pages: [])
            view.section = StoryListHostView(storyList: list)
            return GeneratedPage(path: path + "index.html", layout: .storiesList, view: view)
        }
    }

    func hostTitle(_ language: String) -> String { plan.page(key: hostKey, language: language)?.source.frontMatter.title ?? "" }

    func files() -> [OutputFile] {
        languages.compactMap { language in
            feedPath(language).map { OutputFile(path: $0, text: atom(language, title: hostTitle(language))) }
        }
    }

    /// An Atom feed (RFC 4287) of a language's stories.
    func atom(_ language: String, title: String) -> String {
        let all = stories(language)
        let newest = all.first?.source.frontMatter.date.map { "\($0.description)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        let home = hostPath(language).map(plan.absoluteURL) ?? plan.config.baseURL
        let site = plan.config.title.text(in: language, fallback: fallback)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language)">
            <title>\(XML.escape(title)) – \(XML.escape(site))</title>
            <id>\(XML.escape(home))</id>
            <link rel="self" type="application/atom+xml" href="\(XML.escape(feedPath(language).map(plan.absoluteURL) ?? ""))"/>
            <link rel="alternate" type="text/html" href="\(XML.escape(home))"/>
            <updated>\(newest)</updated>
            <author><name>\(XML.escape(plan.config.authority.name.text(in: language, fallback: fallback)))</name></author>
            <generator>Torv</generator>

            """
        for page in all {
            let fm = page.source.frontMatter
            let date = fm.date.map { "\($0.description)T00:00:00Z" } ?? newest
            let updated = fm.updated.map { "\($0.description)T00:00:00Z" } ?? date
            let url = plan.absoluteURL(page.path)
            let lead = fm.story?.lead ?? fm.summary
            // A sample story says so in the feed too: readers show the summary without the page.
            let summary = fm.story?.sample == true ? "\(ui("stories_sample_notice", language)) \(lead)" : lead
            xml += """
                <entry>
                <title>\(XML.escape(fm.title))</title>
                <id>\(XML.escape(url))</id>
                <link rel="alternate" type="text/html" href="\(XML.escape(url))"/>
                <published>\(date)</published>
                <updated>\(updated)</updated>
                <summary>\(XML.escape(summary))</summary>
                \(themeLinks(fm.story?.themes.map(\.id) ?? [], language).map { "<category term=\"\(XML.escape($0.label))\"/>" }.joined())
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}
