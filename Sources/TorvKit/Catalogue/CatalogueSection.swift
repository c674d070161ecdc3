import Foundation

/// The catalogue's generated output: a page per enterprise, per category, target group and buyer
/// type, the printable catalogue, and `catalogue.json` / `catalogue.csv`.
struct CatalogueSection: SiteSection {
    let hostLayout = Layout.catalogue
    /// Set once the other sections exist: an enterprise page links its stories and market-day stands.
    var stories: StoriesSection? = nil
    var marketDays: MarketDaySection? = nil

    /// Enterprise id → its name and page per language, for the other sections' references.
    var enterpriseIndex: [String: (name: String, paths: [String: String])] {
        Dictionary(uniqueKeysWithValues: catalogue.enterprises.map { e in
            (e.id, (e.name, Dictionary(uniqueKeysWithValues: addresses.languages.compactMap { l in addresses.enterprise(e.id, l).map { (l, $0) } })))
        })
    }

    let views: CatalogueViews
    let builder: PageViewBuilder

    var addresses: CatalogueAddresses { views.addresses }
    var catalogue: Catalogue { views.catalogue }
    var plan: SitePlan { views.plan }

    /// Finds the catalogue page and renders the product texts. Nil (with a diagnostic) when there is no catalogue page.
    static func prepare(
        catalogue: Catalogue, plan: SitePlan, strings: [String: UIStrings], builder: PageViewBuilder, diagnostics: inout [Diagnostic]
    ) -> CatalogueSection? {
        let roots = plan.keys.filter { plan.versions(of: $0).contains { $0.source.frontMatter.layout == .catalogue } }
        guard let rootKey = roots.first else {
            diagnostics.append(Diagnostic(.cataloguePageMissing(), at: SourceLocation(path: "content/catalogue")))
            return nil
        }
        if roots.count > 1, let second = plan.versions(of: roots[1]).first?.source.file {
            let first = plan.versions(of: roots[0]).first?.source.file.path ?? roots[0]
            diagnostics.append(Diagnostic(.cataloguePageTwice(first: first), at: SectionHost.layoutLocation(in: second)))
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
                        InlineMarkdown.render(
                            markdown, smartPunctuation: plan.format(language).smartPunctuation, location: product.location,
                            diagnostics: &diagnostics)
                }
            }
        }
        let views = CatalogueViews(
            plan: plan, catalogue: catalogue, addresses: addresses, strings: strings, bodies: bodies, images: builder.images)
        return CatalogueSection(views: views, builder: builder)
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

    func hostView(language: String) -> SectionView { SectionView(view: CatalogueHostView(catalogue: views.overview(language))) }

    func pages() -> [GeneratedPage] {
        addresses.languages.flatMap { language in
            let overview = views.overview(language)
            return enterprisePages(language, overview: overview) + facetPages(language, overview: overview)
                + [printPage(language, overview: overview)].compactMap { $0 }
        }
    }

    func files() -> [OutputFile] {
        [OutputFile(path: CatalogueAddresses.jsonPath, bytes: CatalogueExport.json(views)),
         OutputFile(path: CatalogueAddresses.csvPath, bytes: CatalogueExport.csv(views))]
    }

    func enterprisePages(_ language: String, overview: CatalogueOverviewView) -> [GeneratedPage] {
        catalogue.enterprises.compactMap { enterprise in
            let paths = Dictionary(uniqueKeysWithValues: addresses.languages.compactMap { l in addresses.enterprise(enterprise.id, l).map { (l, $0) } })
            guard let path = paths[language] else { return nil }
            var view = builder.generated(
                language: language, paths: paths, parentKey: addresses.rootKey, title: enterprise.name,
                summary: MetaDescription.trim(enterprise.description.text(in: language, fallback: views.fallback)),
                layout: .enterprise)
            var enterpriseView = views.enterprise(enterprise, language)
            enterpriseView.stories = stories?.stories(about: enterprise.id, language) ?? []
            enterpriseView.stands = standLinks(enterprise, language)
            view.section = EnterprisePageView(catalogue: overview, enterprise: enterpriseView)
            view.jsonLD = JSONLD.organization(enterprise, language: language, contexts: views, pageURL: plan.absoluteURL(path))
            return GeneratedPage(path: path + "index.html", layout: .enterprise, view: view)
        }
    }

    func standLinks(_ enterprise: Enterprise, _ language: String) -> [StandLinkView] {
        (marketDays?.stands(of: enterprise.id) ?? []).map { entry in
            StandLinkView(
                year: entry.day.year, code: entry.stand.code,
                name: TextPicker(fallback: plan.config.defaultLanguage).plain(entry.day.name, language),
                url: marketDays?.yearPath(entry.day, language).map(plan.url) ?? "")
        }
    }

    func facetPages(_ language: String, overview: CatalogueOverviewView) -> [GeneratedPage] {
        CatalogueAddresses.Facet.allCases.flatMap { facet in
            facetTerms(facet).compactMap { term in
                let paths = Dictionary(uniqueKeysWithValues: addresses.languages.compactMap { l in addresses.facet(facet, term.id, l).map { (l, $0) } })
                guard let path = paths[language] else { return nil }
                let label = views.label(term, language)
                let (prefixKey, summaryKey) = Self.facetStrings(facet)
                var view = builder.generated(
                    language: language, paths: paths, parentKey: addresses.rootKey, title: "\(views.ui(prefixKey, language)): \(label)",
                    summary: "\(views.ui(summaryKey, language)): \(label)", layout: .catalogueFacet)
                view.section = FacetPageView(catalogue: overview, facet: facetView(facet, term, label: label, language))
                return GeneratedPage(path: path + "index.html", layout: .catalogueFacet, view: view)
            }
        }
    }

    func facetView(_ facet: CatalogueAddresses.Facet, _ term: CatalogueTerm, label: String, _ language: String) -> FacetView {
        switch facet {
        case .category:
            return FacetView(label: label, products: catalogue.products.filter { $0.product.category == term.id }
                .sorted { DanishCollation.key($0.enterprise.name) < DanishCollation.key($1.enterprise.name) }
                .map { views.product($0.product, of: $0.enterprise, language) })
        case .targetGroup:
            return FacetView(label: label, enterprises: views.sortedEnterprises().filter { $0.targetGroups.contains(term.id) }
                .map { views.summary($0, language) })
        case .sellsTo:
            return FacetView(label: label, enterprises: views.sortedEnterprises().filter { $0.sellsTo.contains(term.id) }
                .map { views.summary($0, language) })
        }
    }

    func printPage(_ language: String, overview: CatalogueOverviewView) -> GeneratedPage? {
        let paths = Dictionary(uniqueKeysWithValues: addresses.languages.compactMap { l in addresses.printPage(l).map { (l, $0) } })
        guard let path = paths[language] else { return nil }
        var view = builder.generated(
            language: language, paths: paths, parentKey: addresses.rootKey, title: views.ui("catalogue_print_title", language),
            summary: views.ui("catalogue_print_summary", language), layout: .cataloguePrint)
        view.section = PrintPageView(
            catalogue: overview, print: PrintView(enterprises: views.sortedEnterprises().map { views.enterprise($0, language) }))
        return GeneratedPage(path: path + "index.html", layout: .cataloguePrint, view: view)
    }

    static func facetStrings(_ facet: CatalogueAddresses.Facet) -> (String, String) {
        switch facet {
        case .category: return ("catalogue_category", "catalogue_category_summary")
        case .targetGroup: return ("catalogue_target_group", "catalogue_target_group_summary")
        case .sellsTo: return ("catalogue_sells_to", "catalogue_sells_to_summary")
        }
    }
}
