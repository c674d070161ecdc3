import Yams

/// Reads `content/site.yaml`.
enum SiteConfigLoader {
    static let fileName = "site.yaml"

    static func load(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
            let root = document.rootMapping(diagnostics: &diagnostics, what: "site.yaml")
        else { return nil }
        let before = diagnostics.count
        let languages = readLanguages(in: root, document: document, diagnostics: &diagnostics)
        let baseURL = readBaseURL(in: root, diagnostics: &diagnostics)
        let title = root.localized("title", languages: languages, required: true, diagnostics: &diagnostics)
        let tagline = root.localized("tagline", languages: languages, required: false, diagnostics: &diagnostics)
        let rawHTML = root.bool("raw_html", diagnostics: &diagnostics) ?? false
        let search = root.bool("search", diagnostics: &diagnostics) ?? false
        let authority = readAuthority(in: root, languages: languages, diagnostics: &diagnostics)
        let navigation = readNavigation(in: root, document: document, languages: languages, diagnostics: &diagnostics)
        let privacy = root.localized("privacy_policy", languages: languages, required: true, diagnostics: &diagnostics)
        for (_, url) in (privacy?.values ?? [:]).sorted(by: { $0.key < $1.key }) {
            URLRules.checkExternal(url, at: root.location(ofValue: "privacy_policy"), diagnostics: &diagnostics)
        }
        let statement = readAccessibilityStatement(in: root, diagnostics: &diagnostics)
        root.reportUnknownKeys(in: "site.yaml", diagnostics: &diagnostics)
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }), let authority else { return nil }
        var config = SiteConfig(
            languages: languages, baseURL: baseURL, title: title ?? LocalizedText(), tagline: tagline ?? LocalizedText(),
            authority: authority, navigation: navigation, allowRawHTML: rawHTML,
            privacyPolicy: privacy ?? LocalizedText(), accessibilityStatement: statement ?? "")
        config.search = search
        config.searchLocation = root.has("search") ? root.location(ofValue: "search") : nil
        return config
    }

    /// `languages:`, in the site's order. No default: the languages, and which comes first, are the site's to say.
    private static func readLanguages(in root: YAMLMapping, document: YAMLDocument, diagnostics: inout [Diagnostic]) -> [String] {
        var languages: [String] = []
        guard let nodes = root.list("languages", required: true, diagnostics: &diagnostics) else { return languages }
        for node in nodes {
            guard let code = node.scalar?.string, LanguageCode.isValid(code) else {
                diagnostics.append(Diagnostic(.siteBadLanguage(found: node.valueDescription), at: document.location(of: node)))
                continue
            }
            // Reported at the repetition, not at the list.
            guard !languages.contains(code) else {
                diagnostics.append(Diagnostic(.siteLanguageTwice(language: code), at: document.location(of: node)))
                continue
            }
            languages.append(code)
        }
        if nodes.isEmpty { diagnostics.append(root.missing("languages")) }
        return languages
    }

    /// `base_url:`, ending in `/`; a placeholder when it is missing or wrong (which is reported).
    private static func readBaseURL(in root: YAMLMapping, diagnostics: inout [Diagnostic]) -> String {
        var baseURL = root.string("base_url", required: true, diagnostics: &diagnostics) ?? "https://example.invalid/"
        if let problem = BaseURLRule.problem(baseURL) {
            diagnostics.append(Diagnostic(problem, at: root.location(ofValue: "base_url")))
            baseURL = "https://example.invalid/"
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        return baseURL
    }

    /// The `authority:` block: the municipality behind the site.
    private static func readAuthority(
        in root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]
    ) -> SiteConfig.Authority? {
        guard let a = root.mapping("authority", required: true, diagnostics: &diagnostics) else { return nil }
        let name = a.localized("name", languages: languages, required: true, diagnostics: &diagnostics)
        let department = a.localized("department", languages: languages, required: false, diagnostics: &diagnostics)
        let address = a.string("address", required: true, diagnostics: &diagnostics)
        let phone = a.string("phone", diagnostics: &diagnostics)
        let email = a.string("email", diagnostics: &diagnostics)
        let website = a.string("website", diagnostics: &diagnostics)
        if let website { URLRules.checkExternal(website, at: a.location(ofValue: "website"), diagnostics: &diagnostics) }
        if phone == nil && email == nil {
            diagnostics.append(Diagnostic(.siteMissingContact(), at: a.location))
        }
        a.reportUnknownKeys(in: "`authority`", diagnostics: &diagnostics)
        return SiteConfig.Authority(
            name: name ?? LocalizedText(), department: department, address: address ?? "",
            phone: phone, email: email, website: website)
    }

    /// The `navigation:` list: page references, or `page:` with an optional `title:`.
    private static func readNavigation(
        in root: YAMLMapping, document: YAMLDocument, languages: [String], diagnostics: inout [Diagnostic]
    ) -> [SiteConfig.NavigationEntry] {
        var navigation: [SiteConfig.NavigationEntry] = []
        for item in root.list("navigation", diagnostics: &diagnostics) ?? [] {
            if let scalar = item.scalar {
                navigation.append(.init(pageKey: PageKey.normalise(scalar.string), title: nil, location: document.location(of: item)))
                continue
            }
            guard let entry = root.mapping(item: item, of: "navigation", diagnostics: &diagnostics) else { continue }
            let page = entry.string("page", required: true, diagnostics: &diagnostics)
            let entryTitle = entry.localized("title", languages: languages, required: false, diagnostics: &diagnostics)
            entry.reportUnknownKeys(in: "a `navigation` item", diagnostics: &diagnostics)
            if let page {
                navigation.append(.init(pageKey: PageKey.normalise(page), title: entryTitle, location: entry.location(ofValue: "page")))
            }
        }
        return navigation
    }

    /// `accessibility_statement:`, a link to the statement; its absence is reported.
    private static func readAccessibilityStatement(in root: YAMLMapping, diagnostics: inout [Diagnostic]) -> String? {
        let statement = root.string("accessibility_statement", diagnostics: &diagnostics)
        if let statement {
            URLRules.checkExternal(statement, at: root.location(ofValue: "accessibility_statement"), diagnostics: &diagnostics)
        } else {
            diagnostics.append(Diagnostic(.siteNoAccessibilityStatement(), at: root.location))
        }
        return statement
    }
}

extension Yams.Node {
    var scalar: Yams.Node.Scalar? {
        if case .scalar(let s) = self { return s }
        return nil
    }
}
