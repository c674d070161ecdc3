/// Builds the values a template sees for one page (see `TemplateSchema.page` for the full list).
struct PageContextBuilder: Sendable {
    let plan: SitePlan
    let strings: [String: UIStrings]
    let cssPath: String

    var config: SiteConfig { plan.config }

    /// The context shared by every page of a language: site, menu, footer, UI strings.
    func common(language: String, currentKey: String?) -> [String: Any] {
        let fallback = config.defaultLanguage
        let homePath = language == fallback ? "" : language + "/"
        let ancestors = currentKey.map { Set(plan.ancestors(of: $0) + [$0]) } ?? []
        let nav: [[String: Any]] = config.navigation.compactMap { entry in
            guard let target = plan.bestVersion(of: plan.resolve(entry.pageKey), for: language) else { return nil }
            var item: [String: Any] = [
                "title": entry.title?.text(in: language, fallback: fallback) ?? target.source.frontMatter.title,
                "url": plan.url(target.path),
                "current": entry.pageKey != "index" && ancestors.contains(plan.resolve(entry.pageKey)),
            ]
            if target.language != language { item["hreflang"] = target.language }
            return item
        }
        let authority = config.authority
        var authorityContext: [String: Any] = [
            "name": authority.name.text(in: language, fallback: fallback),
            "address": authority.address,
        ]
        if let department = authority.department?.text(in: language, fallback: fallback) { authorityContext["department"] = department }
        if let phone = authority.phone {
            authorityContext["phone"] = phone
            authorityContext["phoneHref"] = ContactLinks.tel(phone)
        }
        if let email = authority.email {
            authorityContext["email"] = email
            authorityContext["emailHref"] = ContactLinks.mailto(email)
        }
        if let website = authority.website { authorityContext["website"] = website }
        return [
            "lang": language,
            "site": [
                "title": config.title.text(in: language, fallback: fallback),
                "tagline": config.tagline.text(in: language, fallback: fallback),
                "home": plan.url(homePath),
                "baseURL": config.baseURL,
            ] as [String: Any],
            "nav": nav,
            "t": strings[language]?.values ?? strings[fallback]?.values ?? [:],
            "authority": authorityContext,
            "privacyPolicy": config.privacyPolicy.text(in: language, fallback: fallback),
            "accessibilityStatement": plan.url("was/"),
            "assets": ["css": plan.url(cssPath)],
        ]
    }

    /// The full context of a content page.
    func context(for page: PlannedPage, html: String, headings: [MarkdownPage.Heading]) -> [String: Any] {
        let language = page.language
        let fm = page.source.frontMatter
        var context = common(language: language, currentKey: page.key)
        var pageContext: [String: Any] = [
            "title": fm.title,
            "summary": fm.summary,
            "content": html,
            "url": plan.url(page.path),
            "canonical": plan.absoluteURL(page.path),
            "layout": fm.layout,
            "isHome": page.key == "index",
            "children": plan.children(of: page.key, language: language).map { child in
                ["title": child.source.frontMatter.title, "url": plan.url(child.path), "summary": child.source.frontMatter.summary]
            },
        ]
        if let date = fm.date {
            pageContext["date"] = DateFormatting.long(date, language: language)
            pageContext["dateISO"] = date.description
        }
        if let updated = fm.updated {
            pageContext["updated"] = DateFormatting.long(updated, language: language)
            pageContext["updatedISO"] = updated.description
        }
        if fm.toc { pageContext["toc"] = Self.tableOfContents(headings) }
        context["page"] = pageContext

        let versions = plan.versions(of: page.key)
        context["alternates"] = versions.map { ["lang": $0.language, "url": plan.absoluteURL($0.path)] }
        context["defaultAlternate"] = plan.absoluteURL((plan.page(key: page.key, language: config.defaultLanguage) ?? page).path)
        context["switcher"] = switcher(for: page.key, language: language)
        context["breadcrumbs"] = plan.ancestors(of: page.key).compactMap { key -> [String: Any]? in
            guard let ancestor = plan.bestVersion(of: key, for: language) else { return nil }
            return ["title": ancestor.source.frontMatter.title, "url": plan.url(ancestor.path)]
        }
        return context
    }

    /// The context of a page Torv generates from data (no Markdown source): it sits below the page
    /// `parentKey`, exists in the languages of `paths`, and has extra breadcrumbs between.
    func generated(
        language: String, paths: [String: String], parentKey: String, title: String, summary: String,
        layout: String, crumbs: [(title: String, url: String)] = []
    ) -> [String: Any] {
        let path = paths[language] ?? ""
        var context = common(language: language, currentKey: parentKey)
        context["page"] = [
            "title": title, "summary": summary, "url": plan.url(path), "canonical": plan.absoluteURL(path),
            "layout": layout, "isHome": false, "children": [[String: Any]](),
        ] as [String: Any]
        let present = config.languages.filter { paths[$0] != nil }
        context["alternates"] = present.map { ["lang": $0, "url": plan.absoluteURL(paths[$0] ?? "")] }
        context["defaultAlternate"] = plan.absoluteURL(paths[config.defaultLanguage] ?? path)
        context["switcher"] = config.languages.filter { $0 != language }.map { other -> [String: Any] in
            var entry: [String: Any] = ["lang": other, "name": NativeLanguageNames.name(other), "available": paths[other] != nil,
                "url": plan.url(paths[other] ?? (other == config.defaultLanguage ? "" : other + "/"))]
            if paths[other] == nil { entry["notTranslated"] = strings[other]?["not_translated"] ?? "" }
            return entry
        }
        var breadcrumbs: [[String: Any]] = (plan.ancestors(of: parentKey) + [parentKey]).compactMap { key in
            guard let page = plan.bestVersion(of: key, for: language) else { return nil }
            return ["title": page.source.frontMatter.title, "url": plan.url(page.path)]
        }
        breadcrumbs += crumbs.map { ["title": $0.title, "url": $0.url] }
        context["breadcrumbs"] = breadcrumbs
        return context
    }

    /// One entry per other language: the translation when there is one, else that language's home page.
    func switcher(for key: String?, language: String) -> [[String: Any]] {
        config.languages.filter { $0 != language }.map { other in
            let target = key.flatMap { plan.page(key: $0, language: other) }
            let home = plan.url(other == config.defaultLanguage ? "" : other + "/")
            var entry: [String: Any] = [
                "lang": other,
                "name": NativeLanguageNames.name(other),
                "available": target != nil,
                "url": target.map { plan.url($0.path) } ?? home,
            ]
            if target == nil { entry["notTranslated"] = strings[other]?["not_translated"] ?? "" }
            return entry
        }
    }

    /// Level-2 headings with their level-3 headings below them.
    static func tableOfContents(_ headings: [MarkdownPage.Heading]) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        var children: [[String: Any]] = []
        var current: [String: Any]?
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 2 {
                if var open = current {
                    open["children"] = children
                    entries.append(open)
                }
                current = ["id": heading.id, "text": heading.text]
                children = []
            } else if current != nil {
                children.append(["id": heading.id, "text": heading.text])
            } else {
                entries.append(["id": heading.id, "text": heading.text, "children": [[String: Any]]()])
            }
        }
        if var open = current {
            open["children"] = children
            entries.append(open)
        }
        return entries
    }
}
