/// A page with its place in the site: its address and output file.
public struct PlannedPage: Sendable {
    public var source: PageSource
    /// The address inside the site, without the base path: `` (home), `strategi/`, `en/strategy/`.
    public var path: String
    /// The file written: `index.html`, `strategi/index.html`.
    public var outputPath: String { path + "index.html" }
    public var key: String { source.key }
    public var language: String { source.language }
}

/// Step 3 of the build: every page's address in every language, translation pairs and the page tree.
public struct SitePlan: Sendable {
    public let config: SiteConfig
    public let pages: [PlannedPage]
    /// key → language → index in `pages`.
    private let index: [String: [String: Int]]
    /// key → keys of the pages directly below it.
    private var childKeys: [String: [String]] = [:]
    /// Paths Torv writes besides pages; a page may not take them.
    public static let reservedTopLevel = ["assets", "media", "was", "404.html", "en", "da", "sitemap.xml", "robots.txt"]

    public init(content: ContentSet, diagnostics: inout [Diagnostic]) {
        let config = content.config
        self.config = config
        let languageOrder = Dictionary(uniqueKeysWithValues: config.languages.enumerated().map { ($1, $0) })
        let sorted = content.pages.sorted {
            ($0.key, languageOrder[$0.language] ?? 99) < ($1.key, languageOrder[$1.language] ?? 99)
        }
        var bySource: [String: [String: PageSource]] = [:]
        for page in sorted { bySource[page.key, default: [:]][page.language] = page }

        var planned: [PlannedPage] = []
        var index: [String: [String: Int]] = [:]
        var taken: [String: PageSource] = [:]
        var skipped = content.failedPageKeys
        var badFolders = Set<String>()
        for page in sorted {
            let segments = Self.segments(for: page, in: bySource, config: config, badFolders: &badFolders, diagnostics: &diagnostics)
            let prefix = page.language == config.defaultLanguage ? "" : page.language + "/"
            let path = prefix + segments.map { $0 + "/" }.joined()
            if let first = segments.first, prefix.isEmpty, Self.reservedTopLevel.contains(first) || config.languages.contains(first) {
                diagnostics.append(.error(
                    "reserved-url", at: page.file.location(line: 1, column: 1),
                    "the page would be published at /\(path), which Torv uses for something else",
                    hint: "give the page another `slug:`"))
                skipped.insert(page.key)
                continue
            }
            if let other = taken[path] {
                diagnostics.append(.error(
                    "duplicate-url", at: page.file.location(line: 1, column: 1),
                    "this page and \(other.file.path) would both be published at /\(path)",
                    hint: "give one of them another `slug:` in its front matter"))
                skipped.insert(page.key)
                continue
            }
            taken[path] = page
            index[page.key, default: [:]][page.language] = planned.count
            planned.append(PlannedPage(source: page, path: path))
        }
        self.pages = planned
        self.index = index
        for key in index.keys.sorted() {
            if let parent = parentKey(of: key) { childKeys[parent, default: []].append(key) }
        }

        for (key, versions) in index.sorted(by: { $0.key < $1.key }) where !skipped.contains(key) {
            for language in config.languages where versions[language] == nil {
                guard let existing = versions.values.min().map({ planned[$0] }) else { continue }
                diagnostics.append(.warning(
                    "untranslated-page", at: existing.source.file.location(line: 1, column: 1),
                    "this page has no \(LanguageNames.english(language)) version, so it is published in \(LanguageNames.english(existing.language)) only",
                    hint: "add \(key).\(language).md with the translation"))
            }
        }
        if index["index"]?[config.defaultLanguage] == nil {
            diagnostics.append(.error(
                "no-home-page", at: SourceLocation(path: "content/index.\(config.defaultLanguage).md"),
                "the site has no home page", hint: "add content/index.\(config.defaultLanguage).md with `layout: home`"))
        }
    }

    /// The address segments of a page: one per folder, then the page's own slug (none for `index`).
    private static func segments(
        for page: PageSource, in pages: [String: [String: PageSource]], config: SiteConfig, badFolders: inout Set<String>,
        diagnostics: inout [Diagnostic]
    ) -> [String] {
        var segments: [String] = []
        let folders = page.directory.split(separator: "/").map(String.init)
        for depth in folders.indices {
            let folder = folders[0...depth].joined(separator: "/")
            let indexPage = pages[folder + "/index"]
            let explicit = indexPage?[page.language]?.frontMatter.slug ?? indexPage?[config.defaultLanguage]?.frontMatter.slug
            if explicit == nil, !SlugRules.isValid(folders[depth]), badFolders.insert(folder).inserted {
                diagnostics.append(.error(
                    "bad-folder-name", at: SourceLocation(path: page.file.path),
                    "the folder name `\(folders[depth])` cannot be used in a web address",
                    hint: "rename the folder to `\(SlugRules.suggest(from: folders[depth]))`, or give its index page a `slug:`"))
            }
            segments.append(explicit ?? folders[depth])
        }
        if !page.isIndex {
            let slug = page.frontMatter.slug ?? page.name
            if page.frontMatter.slug == nil && !SlugRules.isValid(slug) {
                diagnostics.append(.error(
                    "bad-file-name", at: page.file.location(line: 1, column: 1),
                    "the file name `\(page.name)` cannot be used in a web address",
                    hint: "rename the file to `\(SlugRules.suggest(from: page.name)).\(page.language).md`, or add `slug: \(SlugRules.suggest(from: page.name))` to the front matter"))
            }
            segments.append(slug)
        } else if page.directory.isEmpty, page.frontMatter.slug != nil {
            diagnostics.append(.warning(
                "home-slug", at: page.file.location(line: 1, column: 1),
                "the home page's `slug` is ignored: the home page is always at the top of its language",
                hint: "delete the `slug:` line"))
        }
        return segments
    }

    // MARK: Lookups

    public func page(key: String, language: String) -> PlannedPage? {
        index[key]?[language].map { pages[$0] }
    }

    /// All language versions of a key, in the site's language order.
    public func versions(of key: String) -> [PlannedPage] {
        config.languages.compactMap { page(key: key, language: $0) }
    }

    public var keys: [String] { index.keys.sorted() }

    /// A page key as an editor may write it: `politik` means `politik/index` when there is no page `politik`.
    public func resolve(_ key: String) -> String {
        if index[key] == nil, index[key + "/index"] != nil { return key + "/index" }
        return key
    }

    /// The version of `key` best suited to a reader of `language`: that language, else the default, else any.
    public func bestVersion(of key: String, for language: String) -> PlannedPage? {
        page(key: key, language: language) ?? page(key: key, language: config.defaultLanguage) ?? versions(of: key).first
    }

    /// The page's address as used in links: the base path and its path.
    public func url(_ path: String) -> String { config.basePath + path }

    public func absoluteURL(_ path: String) -> String { config.origin + config.basePath + path }

    /// The key of the page above this one: `strategi/spor` → `strategi/index` → `index`.
    public func parentKey(of key: String) -> String? {
        if key == "index" { return nil }
        var folders = key.split(separator: "/").map(String.init)
        let name = folders.removeLast()
        if name == "index" {
            if folders.isEmpty { return nil }
            folders.removeLast()
        }
        while !folders.isEmpty {
            let candidate = folders.joined(separator: "/") + "/index"
            if index[candidate] != nil { return candidate }
            folders.removeLast()
        }
        return index["index"] != nil ? "index" : nil
    }

    /// Pages directly below `key`, by weight then title.
    public func children(of key: String, language: String) -> [PlannedPage] {
        (childKeys[key] ?? [])
            .compactMap { page(key: $0, language: language) }
            .sorted { ($0.source.frontMatter.weight, $0.source.frontMatter.title) < ($1.source.frontMatter.weight, $1.source.frontMatter.title) }
    }

    /// Home first, down to the page's parent.
    public func ancestors(of key: String) -> [String] {
        var chain: [String] = []
        var current = parentKey(of: key)
        while let k = current, !chain.contains(k) {
            chain.insert(k, at: 0)
            current = parentKey(of: k)
        }
        return chain
    }
}
