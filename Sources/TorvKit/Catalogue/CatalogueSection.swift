import Foundation

/// The catalogue's generated output: a page per enterprise, per category, target group and buyer
/// type, the printable catalogue, and `catalogue.json` / `catalogue.csv`.
struct CatalogueSection: SiteSection {
    let hostLayout = "catalogue"
    /// Set once the other sections exist: an enterprise page links its stories and market-day stands.
    var stories: StoriesSection? = nil
    var marketDays: MarketDaySection? = nil

    /// Enterprise id → its name and page per language, for the other sections' references.
    var enterpriseIndex: [String: (name: String, paths: [String: String])] {
        Dictionary(uniqueKeysWithValues: catalogue.enterprises.map { e in
            (e.id, (e.name, Dictionary(uniqueKeysWithValues: addresses.languages.compactMap { l in addresses.enterprise(e.id, l).map { (l, $0) } })))
        })
    }

    func crossLinks(_ enterprise: Enterprise, _ language: String) -> [String: Any] {
        var links: [String: Any] = ["stories": stories?.stories(about: enterprise.id, language) ?? [[String: Any]]()]
        links["stands"] = (marketDays?.stands(of: enterprise.id) ?? []).map { entry -> [String: Any] in
            ["year": entry.day.year, "code": entry.stand.code,
             "name": TextPicker(fallback: plan.config.defaultLanguage).plain(entry.day.name, language),
             "url": marketDays?.yearPath(entry.day, language).map(plan.url) ?? ""]
        }
        return links
    }
    let contexts: CatalogueContexts
    let builder: PageContextBuilder

    var addresses: CatalogueAddresses { contexts.addresses }
    var catalogue: Catalogue { contexts.catalogue }
    var plan: SitePlan { contexts.plan }

    /// Finds the catalogue page and renders the product texts. Nil (with a diagnostic) when there is no catalogue page.
    static func prepare(
        catalogue: Catalogue, plan: SitePlan, strings: [String: UIStrings], builder: PageContextBuilder, diagnostics: inout [Diagnostic]
    ) -> CatalogueSection? {
        let roots = plan.keys.filter { plan.versions(of: $0).contains { $0.source.frontMatter.layout == "catalogue" } }
        guard let rootKey = roots.first else {
            diagnostics.append(Diagnostic(.cataloguePageMissing(), at: SourceLocation(path: "content/catalogue")))
            return nil
        }
        if roots.count > 1, let second = plan.versions(of: roots[1]).first?.source.file {
            let first = plan.versions(of: roots[0]).first?.source.file.path ?? roots[0]
            diagnostics.append(Diagnostic(.cataloguePageTwice(first: first), at: layoutLocation(in: second)))
        }
        let addresses = CatalogueAddresses(plan: plan, rootKey: rootKey)
        let reserved = addresses.reservedIDs()
        for enterprise in catalogue.enterprises where reserved.contains(enterprise.id) {
            diagnostics.append(Diagnostic(.catalogueReservedID(enterprise.id, reserved: Array(reserved)), at: enterprise.location))
        }
        var bodies: [String: [String: String]] = [:]
        for enterprise in catalogue.enterprises {
            for product in enterprise.products {
                guard let body = product.body else { continue }
                for (language, markdown) in body.values.sorted(by: { $0.key < $1.key }) {
                    bodies[enterprise.id + "/" + product.id, default: [:]][language] =
                        InlineMarkdown.render(markdown, language: language, location: product.location, diagnostics: &diagnostics)
                }
            }
        }
        let contexts = CatalogueContexts(plan: plan, catalogue: catalogue, addresses: addresses, strings: strings, bodies: bodies)
        return CatalogueSection(contexts: contexts, builder: builder)
    }

    /// Where a page's front matter sets `layout`, at its value; the top of the file if it cannot be found.
    static func layoutLocation(in file: SourceFile) -> SourceLocation {
        for number in 1...file.lineCount {
            guard let line = file.line(number), line.hasPrefix("layout:") else { continue }
            let value = line.dropFirst("layout:".count).prefix { $0 == " " }.count
            return file.location(line: number, column: "layout:".count + value + 1)
        }
        return file.location(line: 1, column: 1)
    }

    /// Every address the section writes, for collision checks and link resolution.
    var generatedPaths: [String] {
        var paths = [CatalogueAddresses.jsonPath, CatalogueAddresses.csvPath]
        for language in addresses.languages {
            paths += catalogue.enterprises.compactMap { addresses.enterprise($0.id, language) }
            paths += CatalogueAddresses.Facet.allCases.flatMap { facet in facetTerms(facet).compactMap { addresses.facet(facet, $0.id, language) } }
            paths += [addresses.printPage(language)].compactMap { $0 }
        }
        return paths
    }

    func facetTerms(_ facet: CatalogueAddresses.Facet) -> [CatalogueTerm] {
        let v = catalogue.vocabulary
        switch facet {
        case .category: return v.categories.filter { id in catalogue.products.contains { $0.product.category == id.id } }
        case .targetGroup: return v.targetGroups.filter { t in catalogue.enterprises.contains { $0.targetGroups.contains(t.id) } }
        case .sellsTo: return v.sellsTo.filter { t in catalogue.enterprises.contains { $0.sellsTo.contains(t.id) } }
        }
    }

    /// Values added to the catalogue page's own context.
    func hostContext(language: String) -> [String: Any] { ["catalogue": contexts.overview(language)] }

    func render(templates: TemplateSet) -> [OutputFile] {
        var files: [OutputFile] = []
        let languages = addresses.languages
        let rootKey = addresses.rootKey
        for language in languages {
            let ui = { (key: String) in contexts.ui(key, language) }
            let overview = contexts.overview(language)
            // Enterprise pages
            for enterprise in catalogue.enterprises {
                let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in addresses.enterprise(enterprise.id, l).map { (l, $0) } })
                guard let path = paths[language] else { continue }
                var context = builder.generated(
                    language: language, paths: paths, parentKey: rootKey, title: enterprise.name,
                    summary: MetaDescription.trim(enterprise.description.text(in: language, fallback: contexts.fallback)),
                    layout: "enterprise")
                context["enterprise"] = contexts.enterprise(enterprise, language).merging(crossLinks(enterprise, language)) { $1 }
                context["catalogue"] = overview
                context["jsonLD"] = JSONLD.organization(enterprise, language: language, contexts: contexts, pageURL: plan.absoluteURL(path))
                files.append(OutputFile(path: path + "index.html", text: templates.render(context, layout: "enterprise")))
            }
            // Facet pages
            for facet in CatalogueAddresses.Facet.allCases {
                for term in facetTerms(facet) {
                    let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in addresses.facet(facet, term.id, l).map { (l, $0) } })
                    guard let path = paths[language] else { continue }
                    let label = contexts.label(term, language)
                    let (prefixKey, summaryKey) = Self.facetStrings(facet)
                    var context = builder.generated(
                        language: language, paths: paths, parentKey: rootKey, title: "\(ui(prefixKey)): \(label)",
                        summary: "\(ui(summaryKey)): \(label)", layout: "catalogue-facet")
                    var facetContext: [String: Any] = ["label": label]
                    switch facet {
                    case .category:
                        facetContext["products"] = catalogue.products.filter { $0.product.category == term.id }
                            .sorted { DanishCollation.key($0.enterprise.name) < DanishCollation.key($1.enterprise.name) }
                            .map { contexts.product($0.product, of: $0.enterprise, language) }
                    case .targetGroup:
                        facetContext["enterprises"] = contexts.sortedEnterprises().filter { $0.targetGroups.contains(term.id) }.map { contexts.summary($0, language) }
                    case .sellsTo:
                        facetContext["enterprises"] = contexts.sortedEnterprises().filter { $0.sellsTo.contains(term.id) }.map { contexts.summary($0, language) }
                    }
                    context["facet"] = facetContext
                    context["catalogue"] = overview
                    files.append(OutputFile(path: path + "index.html", text: templates.render(context, layout: "catalogue-facet")))
                }
            }
            // The printable catalogue
            let printPaths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in addresses.printPage(l).map { (l, $0) } })
            if let path = printPaths[language] {
                var context = builder.generated(
                    language: language, paths: printPaths, parentKey: rootKey, title: ui("catalogue_print_title"),
                    summary: ui("catalogue_print_summary"), layout: "catalogue-print")
                context["catalogue"] = overview
                context["print"] = ["enterprises": contexts.sortedEnterprises().map { contexts.enterprise($0, language) }]
                files.append(OutputFile(path: path + "index.html", text: templates.render(context, layout: "catalogue-print")))
            }
        }
        files.append(OutputFile(path: CatalogueAddresses.jsonPath, bytes: CatalogueExport.json(contexts)))
        files.append(OutputFile(path: CatalogueAddresses.csvPath, bytes: CatalogueExport.csv(contexts)))
        return files
    }

    static func facetStrings(_ facet: CatalogueAddresses.Facet) -> (String, String) {
        switch facet {
        case .category: return ("catalogue_category", "catalogue_category_summary")
        case .targetGroup: return ("catalogue_target_group", "catalogue_target_group_summary")
        case .sellsTo: return ("catalogue_sells_to", "catalogue_sells_to_summary")
        }
    }
}

/// Meta descriptions of about 160 characters, cut at a word.
enum MetaDescription {
    static func trim(_ text: String, limit: Int = 160) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
