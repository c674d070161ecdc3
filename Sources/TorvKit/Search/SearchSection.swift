/// The search page (`layout: search`, when `site.yaml` says `search: true`). Without JavaScript it
/// lists every page of the site by section, A to Z: each section's pages, and the catalogue's
/// enterprises under the catalogue. With JavaScript, `assets/search.js` searches the Pagefind
/// index that `torv build` writes into the finished site (`SearchIndexer`).
struct SearchSection: SiteSection {
    let hostLayout = Layout.search
    let plan: SitePlan
    let hostKey: String
    /// Catalogue enterprise id → name and page per language.
    let enterprises: [String: (name: String, paths: [String: String])]
    /// Whether the catalogue's enterprises are samples (the list then carries the notice).
    var catalogueHasSamples = false
    /// The other sections, whose generated pages (categories, themes, market-day years …) the list
    /// shows too, under the section of the site they sit in.
    var others: [any SiteSection] = []

    static let scriptPath = "assets/search.js"
    static let bundlePath = "pagefind/"

    static func prepare(
        plan: SitePlan, enterprises: [String: (name: String, paths: [String: String])], catalogueHasSamples: Bool,
        diagnostics: inout [Diagnostic]
    ) -> SearchSection? {
        guard plan.config.search else { return nil }
        let hasHost = plan.keys.contains { key in plan.versions(of: key).contains { $0.source.frontMatter.layout == .search } }
        guard hasHost else {
            diagnostics.append(Diagnostic(
                .searchPageMissing(language: plan.config.defaultLanguage), at: plan.config.searchLocation ?? SourceLocation(path: "site.yaml")))
            return nil
        }
        guard let host = SectionHost.find(layout: .search, plan: plan, dataPath: "site.yaml", diagnostics: &diagnostics) else { return nil }
        return SearchSection(plan: plan, hostKey: host, enterprises: enterprises, catalogueHasSamples: catalogueHasSamples)
    }

    var generatedPaths: [String] { [] }

    func pages() -> [GeneratedPage] { [] }

    func hostView(language: String) -> SectionView {
        SectionView(view: SearchHostView(search: SearchView(
            scriptURL: plan.url(Self.scriptPath), bundleURL: plan.url(Self.bundlePath), groups: groups(language),
            sampleCatalogue: catalogueHasSamples && !enterprises.isEmpty,
            sampleStories: plan.pages.contains { $0.language == language && $0.source.frontMatter.story?.sample == true })))
    }

    /// The top-level section a page belongs to: `strategi/spor` → `strategi/index`; pages at the top
    /// belong to the home page's group.
    func sectionKey(of key: String) -> String {
        let parts = key.split(separator: "/")
        guard parts.count > 1 else { return "index" }
        let candidate = parts[0] + "/index"
        return plan.versions(of: String(candidate)).isEmpty ? "index" : String(candidate)
    }

    func groups(_ language: String) -> [SearchGroupView] {
        var members: [String: [SearchEntryView]] = [:]
        for key in plan.keys where key != hostKey {
            let section = sectionKey(of: key)
            guard key != section, let page = plan.bestVersion(of: key, for: language) else { continue }
            members[section, default: []].append(entry(page, language))
        }
        if let catalogue = plan.keys.first(where: { key in plan.versions(of: key).contains { $0.source.frontMatter.layout == .catalogue } }) {
            let section = sectionKey(of: catalogue)
            for (_, enterprise) in enterprises {
                let ownPath = enterprise.paths[language]
                guard let path = ownPath ?? enterprise.paths[plan.config.defaultLanguage] else { continue }
                members[section, default: []].append(SearchEntryView(
                    title: enterprise.name, url: plan.url(path), lang: ownPath == nil ? plan.config.defaultLanguage : nil))
            }
        }
        addGeneratedPages(language, to: &members)
        let sections = Set(members.keys).union(plan.keys.filter { sectionKey(of: $0) == $0 && $0 != hostKey })
        return sections.compactMap { key -> SearchGroupView? in
            guard let page = plan.bestVersion(of: key, for: language) else { return nil }
            let head = entry(page, language)
            let pages = (members[key] ?? []).sorted { (DanishCollation.key($0.title), $0.url) < (DanishCollation.key($1.title), $1.url) }
            let anchor = "az-" + (key == "index" ? "start" : key.split(separator: "/").first.map(String.init) ?? key)
            return SearchGroupView(title: head.title, url: head.url, lang: head.lang, anchor: anchor, pages: pages)
        }.sorted { (DanishCollation.key($0.title), $0.url) < (DanishCollation.key($1.title), $1.url) }
    }

    /// The pages the other sections generate in `language`, each under the top-level section whose
    /// address its own begins with; an address already listed (an enterprise) is not listed again.
    func addGeneratedPages(_ language: String, to members: inout [String: [SearchEntryView]]) {
        let prefix = language == plan.config.defaultLanguage ? "" : language + "/"
        var listed = Set(members.values.flatMap { $0.map(\.url) })
        let tops = Dictionary(plan.pages.filter { $0.language == language }.map { ($0.path, $0.key) }) { first, _ in first }
        for page in others.flatMap({ $0.pages() }) where page.view.chrome.lang == language && page.path.hasSuffix("index.html") {
            let address = String(page.path.dropLast("index.html".count))
            guard address.hasPrefix(prefix), listed.insert(plan.url(address)).inserted,
                  let segment = address.dropFirst(prefix.count).split(separator: "/").first,
                  let key = tops[prefix + segment + "/"]
            else { continue }
            members[sectionKey(of: key), default: []].append(SearchEntryView(title: page.view.page.title, url: plan.url(address)))
        }
    }

    private func entry(_ page: PlannedPage, _ language: String) -> SearchEntryView {
        SearchEntryView(
            title: page.source.frontMatter.title, url: plan.url(page.path), lang: page.language == language ? nil : page.language)
    }
}
