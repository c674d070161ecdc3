/// Success stories: the host page (`layout: stories`) lists them newest first, 10 to a page; Torv
/// adds the following list pages, a page per theme and an Atom feed per language. Each story page
/// gets its themes, its enterprise and its lead.
struct StoriesSection: SiteSection {
    let hostLayout = "stories"
    let plan: SitePlan
    let hostKey: String
    let themes: [CatalogueTerm]
    let builder: PageContextBuilder
    let strings: [String: UIStrings]
    let enterprises: [String: (name: String, paths: [String: String])]
    static let perPage = 10

    static func prepare(
        plan: SitePlan, themes: [CatalogueTerm], builder: PageContextBuilder, strings: [String: UIStrings],
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
        guard let host = SectionHost.find(layout: "stories", plan: plan, dataPath: "content/stories",
            example: "content/stories/index.da.md", diagnostics: &diagnostics) else { return nil }
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
        number == 1 ? hostPath(language) : hostPath(language).map { $0 + (language == "da" ? "side" : "page") + "/\(number)/" }
    }
    func themePath(_ id: String, _ language: String) -> String? {
        hostPath(language).map { $0 + (language == "da" ? "tema" : "theme") + "/\(id)/" }
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

    func themeLinks(_ ids: [String], _ language: String) -> [[String: Any]] {
        ids.compactMap { id in
            guard let term = themes.first(where: { $0.id == id }) else { return nil }
            return ["label": term.label.text(in: language, fallback: fallback), "url": themePath(id, language).map(plan.url) ?? ""]
        }
    }

    func summary(_ page: PlannedPage) -> [String: Any] {
        let fm = page.source.frontMatter
        var entry: [String: Any] = [
            "title": fm.title, "url": plan.url(page.path), "lead": fm.story?.lead ?? fm.summary,
            "themes": themeLinks(fm.story?.themes.map(\.id) ?? [], page.language),
        ]
        if let date = fm.date { entry["date"] = DateFormatting.long(date, language: page.language); entry["dateISO"] = date.description }
        return entry
    }

    /// Stories about an enterprise, for its catalogue page.
    func stories(about enterprise: String, _ language: String) -> [[String: Any]] {
        stories(language).filter { $0.source.frontMatter.story?.enterprise?.id == enterprise }.map(summary)
    }

    func latest(_ language: String, count: Int) -> [[String: Any]] { Array(stories(language).prefix(count)).map(summary) }

    func listContext(_ number: Int, _ language: String) -> [String: Any] {
        let all = stories(language)
        let slice = all.dropFirst((number - 1) * Self.perPage).prefix(Self.perPage)
        let count = pageCount(language)
        var pagination: [String: Any] = ["current": number, "total": count, "pages": (1...count).map { n -> [String: Any] in
            ["number": n, "url": listPath(n, language).map(plan.url) ?? "", "current": n == number]
        }]
        if number > 1, let p = listPath(number - 1, language) { pagination["previous"] = plan.url(p) }
        if number < count, let p = listPath(number + 1, language) { pagination["next"] = plan.url(p) }
        return [
            "stories": slice.map(summary),
            "pagination": pagination,
            "themes": themeLinks(usedThemes.map(\.id), language),
            "feedURL": feedPath(language).map(plan.url) ?? "",
            "sample": all.contains { $0.source.frontMatter.story?.sample == true },
        ]
    }

    func hostContext(language: String) -> [String: Any] { ["storyList": listContext(1, language)] }

    func homeContext(language: String) -> [String: Any] {
        ["stories": latest(language, count: 3), "storiesURL": hostPath(language).map(plan.url) ?? ""]
    }

    func pageContext(for page: PlannedPage) -> [String: Any]? {
        guard let story = page.source.frontMatter.story else { return nil }
        var context: [String: Any] = [
            "lead": story.lead, "themes": themeLinks(story.themes.map(\.id), page.language), "sample": story.sample,
            "images": story.images.map { ["url": plan.url($0.file), "alt": $0.alt["*"] ?? ""] },
            "listURL": hostPath(page.language).map(plan.url) ?? "",
        ]
        if let id = story.enterprise?.id, let e = enterprises[id], let path = e.paths[page.language] ?? e.paths[fallback] {
            context["enterprise"] = ["name": e.name, "url": plan.url(path)]
        }
        return ["story": context]
    }

    func render(templates: TemplateSet) -> [OutputFile] {
        var files: [OutputFile] = []
        let hostTitles = Dictionary(uniqueKeysWithValues: plan.versions(of: hostKey).map { ($0.language, $0.source.frontMatter.title) })
        for language in languages {
            let title = hostTitles[language] ?? ""
            // List pages 2…n
            if pageCount(language) > 1 {
                for number in 2...pageCount(language) {
                    let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in
                        number <= pageCount(l) ? listPath(number, l).map { (l, $0) } : nil })
                    guard let path = paths[language] else { continue }
                    var context = builder.generated(language: language, paths: paths, parentKey: hostKey,
                        title: "\(title), \(ui("stories_page", language)) \(number)", summary: "\(title), \(ui("stories_page", language)) \(number).",
                        layout: "stories-list")
                    context["storyList"] = listContext(number, language)
                    files.append(OutputFile(path: path + "index.html", text: templates.render(context, layout: "stories-list")))
                }
            }
            // Theme pages
            for theme in usedThemes {
                let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in themePath(theme.id, l).map { (l, $0) } })
                guard let path = paths[language] else { continue }
                let label = theme.label.text(in: language, fallback: fallback)
                var context = builder.generated(language: language, paths: paths, parentKey: hostKey,
                    title: "\(ui("stories_theme", language)): \(label)", summary: "\(ui("stories_theme_summary", language)): \(label).",
                    layout: "stories-list")
                var list = listContext(1, language)
                list["stories"] = stories(language).filter { $0.source.frontMatter.story?.themes.contains { $0.id == theme.id } == true }.map(summary)
                list["pagination"] = ["current": 1, "total": 1, "pages": [[String: Any]]()]
                context["storyList"] = list
                files.append(OutputFile(path: path + "index.html", text: templates.render(context, layout: "stories-list")))
            }
            if let feed = feedPath(language) { files.append(OutputFile(path: feed, text: atom(language, title: title))) }
        }
        return files
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
            xml += """
                <entry>
                <title>\(XML.escape(fm.title))</title>
                <id>\(XML.escape(url))</id>
                <link rel="alternate" type="text/html" href="\(XML.escape(url))"/>
                <published>\(date)</published>
                <updated>\(updated)</updated>
                <summary>\(XML.escape(fm.story?.lead ?? fm.summary))</summary>
                \(themeLinks(fm.story?.themes.map(\.id) ?? [], language).map { "<category term=\"\(XML.escape($0["label"] as? String ?? ""))\"/>" }.joined())
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}

enum XML {
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 does not allow are dropped.
                if (c.value < 0x20 && c != "\n" && c != "\t" && c != "\r") || c.value == 0xFFFE || c.value == 0xFFFF { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
