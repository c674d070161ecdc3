/// Step 3 of the build: every page's address in every language, translation pairs and the page tree.
public struct SitePlan: Sendable {
    public let config: SiteConfig
    public let pages: [PlannedPage]
    /// How each language writes dates and prices; `format(_:)` gives one.
    public let formats: [String: LanguageFormat]
    /// The words in the addresses of generated pages.
    public let urlWords: URLWords
    /// Pages kept out by drafts and dates, for the message about a link to one.
    public let unpublished: UnpublishedContent
    /// key → language → index in `pages`.
    private let index: [String: [String: Int]]
    /// key → keys of the pages directly below it.
    private var childKeys: [String: [String]] = [:]
    /// key → the key of the page above it, for every key in `index` that has one (made once).
    private var parents: [String: String] = [:]
    /// `config.basePath` and `config.origin`, found once (every link and page asks for them).
    private let basePath: String
    private let origin: String
    /// Paths Torv writes besides pages; a page may not take them.
    /// (The site's language codes are reserved as well: the other languages live below them.)
    public static let reservedTopLevel = ["assets", "media", "was", "404.html", "sitemap.xml", "robots.txt"]

    public init(content: ContentSet, diagnostics: inout [Diagnostic]) {
        let config = content.config
        self.config = config
        self.basePath = config.basePath
        self.origin = config.origin
        self.formats = content.formats
        self.urlWords = content.urlWords
        self.unpublished = content.unpublished
        let placed = Self.place(content, config: config, diagnostics: &diagnostics)
        self.pages = placed.pages
        self.index = placed.index
        let keys = placed.index.keys.sorted(), index = placed.index
        let parentKeys = Parallel.map(keys) { Self.parentKey(of: $0, in: index) }
        for (key, parent) in zip(keys, parentKeys) {
            guard let parent else { continue }
            childKeys[parent, default: []].append(key)
            parents[key] = parent
        }
        Self.reportUntranslated(placed, config: config, diagnostics: &diagnostics)
        if placed.index["index"]?[config.defaultLanguage] == nil {
            let file = "content/index.\(config.defaultLanguage).md"
            diagnostics.append(Diagnostic(.noHomePage(file: file), at: SourceLocation(path: file)))
        }
    }

    /// The pages given an address, with their place in the list by key and language, and the keys
    /// of pages left out (not loaded, or whose address is reserved or taken).
    private typealias Placement = (pages: [PlannedPage], index: [String: [String: Int]], skipped: Set<String>)

    /// Gives every page its address, in the order of keys and then the site's languages.
    private static func place(_ content: ContentSet, config: SiteConfig, diagnostics: inout [Diagnostic]) -> Placement {
        let languageOrder = Dictionary(uniqueKeysWithValues: config.languages.enumerated().map { ($1, $0) })
        // Positions in `content.pages`, not copies of the pages (each copy retains every text it holds).
        let all = content.pages
        let sorted = all.indices.sorted {
            (all[$0].key, languageOrder[all[$0].language] ?? 99) < (all[$1].key, languageOrder[all[$1].language] ?? 99)
        }
        var bySource: [String: [String: Int]] = [:]
        bySource.reserveCapacity(all.count)
        for index in sorted { bySource[all[index].key, default: [:]][all[index].language] = index }

        var placed: Placement = ([], [:], content.failedPageKeys)
        placed.pages.reserveCapacity(all.count)
        placed.index.reserveCapacity(bySource.count)
        var taken: [String: Int] = [:]
        taken.reserveCapacity(all.count)
        var badFolders = Set<String>()
        // Each page's segments in parallel; their problems are taken in order here, a bad folder
        // name reported once, by the first page in it.
        let sources = bySource
        let found = Parallel.map(sorted) { Self.segments(for: all[$0], in: sources, of: all, config: config) }
        for (position, found) in zip(sorted, found) {
            let page = all[position]
            for (folder, problem) in found.badFolders where badFolders.insert(folder).inserted { diagnostics.append(problem) }
            diagnostics += found.diagnostics
            let segments = found.names
            let prefix = page.language == config.defaultLanguage ? "" : page.language + "/"
            let path = prefix + segments.map { $0 + "/" }.joined()
            if let first = segments.first, prefix.isEmpty, reservedTopLevel.contains(first) || config.languages.contains(first) {
                // The page's own slug is at fault when it names the top folder; otherwise its file or folder name.
                let at = segments.count == 1 ? slugLocation(of: page) : page.file.location(line: 1, column: 1)
                diagnostics.append(Diagnostic(.reservedURL(path: path), at: at))
                placed.skipped.insert(page.key)
                continue
            }
            if let other = taken[path] {
                diagnostics.append(Diagnostic(.duplicateURL(other: all[other].file.path, path: path), at: slugLocation(of: page)))
                placed.skipped.insert(page.key)
                continue
            }
            taken[path] = position
            placed.index[page.key, default: [:]][page.language] = placed.pages.count
            placed.pages.append(PlannedPage(source: page, path: path))
        }
        return placed
    }

    /// Reports each page missing in a site language (not for pages left out: they are reported already).
    private static func reportUntranslated(_ placed: Placement, config: SiteConfig, diagnostics: inout [Diagnostic]) {
        for (key, versions) in placed.index.sorted(by: { $0.key < $1.key }) where !placed.skipped.contains(key) {
            for language in config.languages where versions[language] == nil {
                guard let existing = versions.values.min().map({ placed.pages[$0] }) else { continue }
                let file = existing.source.file.path
                let translation = String(file.dropLast("\(existing.language).md".count)) + "\(language).md"
                diagnostics.append(Diagnostic(
                    .untranslatedPage(
                        missing: LanguageNames.english(language), existing: LanguageNames.english(existing.language),
                        translation: translation, markable: language != config.defaultLanguage),
                    at: existing.source.file.location(line: 1, column: 1)))
            }
        }
    }

    /// The address segments of a page: one per folder, then the page's own slug (none for `index`).
    private static func segments(
        for page: PageSource, in pages: [String: [String: Int]], of all: [PageSource], config: SiteConfig
    ) -> Segments {
        var found = Segments()
        let folders = page.directory.split(separator: "/").map(String.init)
        for depth in folders.indices {
            let folder = folders[0...depth].joined(separator: "/")
            let indexPage = pages[folder + "/index"]
            let explicit = indexPage?[page.language].flatMap { all[$0].frontMatter.slug }
                ?? indexPage?[config.defaultLanguage].flatMap { all[$0].frontMatter.slug }
            if explicit == nil, !SlugRules.isValid(folders[depth]) {
                found.badFolders.append((folder, Diagnostic(
                    .badFolderName(folder: folders[depth], suggestion: SlugRules.suggest(from: folders[depth])),
                    at: SourceLocation(path: page.file.path))))
            }
            found.names.append(explicit ?? folders[depth])
        }
        if !page.isIndex {
            let slug = page.frontMatter.slug ?? page.name
            if page.frontMatter.slug == nil && !SlugRules.isValid(slug) {
                found.diagnostics.append(Diagnostic(
                    .badFileName(name: page.name, suggestion: SlugRules.suggest(from: page.name), language: page.language),
                    at: page.file.location(line: 1, column: 1)))
            }
            found.names.append(slug)
        } else if page.directory.isEmpty, page.frontMatter.slug != nil {
            found.diagnostics.append(Diagnostic(.homeSlug(), at: slugLocation(of: page)))
        }
        return found
    }

    /// A page's address segments, with the bad folder names met on the way (each with its message)
    /// and the other problems, in the order they were met.
    private struct Segments: Sendable {
        var names: [String] = []
        var badFolders: [(folder: String, problem: Diagnostic)] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Where the page's `slug:` is written in its front matter; the top of the file when it has none.
    static func slugLocation(of page: PageSource) -> SourceLocation {
        guard page.frontMatter.slug != nil, page.bodyFirstLine > 2 else { return page.file.location(line: 1, column: 1) }
        for number in 2..<page.bodyFirstLine {
            guard let line = page.file.line(number), line.hasPrefix("slug:") else { continue }
            let value = line.dropFirst("slug:".count).prefix { $0 == " " }.count
            return page.file.location(line: number, column: "slug:".count + value + 1)
        }
        return page.file.location(line: 1, column: 1)
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
    /// Where `page(key:language:)` is in `pages` (reading fields there copies no whole page).
    func pageIndex(key: String, language: String) -> Int? {
        index[key]?[language]
    }

    /// Where `bestVersion(of:for:)` is in `pages`.
    func bestVersionIndex(of key: String, for language: String) -> Int? {
        guard let versions = index[key] else { return nil }
        return versions[language] ?? versions[config.defaultLanguage] ?? config.languages.lazy.compactMap { versions[$0] }.first
    }

    public func bestVersion(of key: String, for language: String) -> PlannedPage? {
        page(key: key, language: language) ?? page(key: key, language: config.defaultLanguage) ?? versions(of: key).first
    }

    /// The page's address as used in links: the base path and its path.
    public func url(_ path: String) -> String { basePath + path }

    /// `url(path)` with `#fragment` after it, made in one piece.
    func url(_ path: String, fragment: String?) -> String {
        guard let fragment else { return basePath + path }
        var url = ""
        url.reserveCapacity(basePath.utf8.count + path.utf8.count + 1 + fragment.utf8.count)
        url += basePath
        url += path
        url += "#"
        url += fragment
        return url
    }

    public func absoluteURL(_ path: String) -> String { origin + basePath + path }

    /// The key of the page above this one: `strategi/spor` → `strategi/index` → `index`.
    public func parentKey(of key: String) -> String? {
        if let parent = parents[key] { return parent }
        return Self.parentKey(of: key, in: index)
    }

    /// The key of the nearest `index` page above `key` among the pages of `index`.
    private static func parentKey(of key: String, in index: [String: [String: Int]]) -> String? {
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
        childIndices(of: key, language: language).map { pages[$0] }
    }

    /// Where `children(of:language:)` are in `pages` (nothing copied).
    func childIndices(of key: String, language: String) -> [Int] {
        guard let keys = childKeys[key], !keys.isEmpty else { return [] }
        let indices = keys.compactMap { pageIndex(key: $0, language: language) }
        // Each child's weight and title read once (a comparison reading them from `pages` copied them).
        let order = indices.map { (pages[$0].source.frontMatter.weight, pages[$0].source.frontMatter.title) }
        return indices.indices.sorted { order[$0] < order[$1] }.map { indices[$0] }
    }

    /// Where `versions(of:)` are in `pages`.
    func versionIndices(of key: String) -> [Int] {
        guard let versions = index[key] else { return [] }
        return config.languages.compactMap { versions[$0] }
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
