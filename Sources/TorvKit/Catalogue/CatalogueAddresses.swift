/// Where the catalogue's generated pages live, in each language, below the catalogue page
/// (the page with `layout: catalogue`, e.g. `/katalog/` and `/en/catalogue/`).
struct CatalogueAddresses: Sendable {
    let plan: SitePlan
    /// The key of the catalogue page.
    let rootKey: String

    enum Facet: String, Sendable, CaseIterable {
        case category, targetGroup, sellsTo

        func segment(_ language: String) -> String {
            switch (self, language) {
            case (.category, "da"): return "kategori"
            case (.targetGroup, "da"): return "maalgruppe"
            case (.sellsTo, "da"): return "saelger-til"
            case (.category, _): return "category"
            case (.targetGroup, _): return "target-group"
            case (.sellsTo, _): return "sells-to"
            }
        }
    }

    static let printSegment = "print"
    static let jsonPath = "catalogue.json"
    static let csvPath = "catalogue.csv"

    /// Languages in which the catalogue is published: those of the catalogue page.
    var languages: [String] { plan.versions(of: rootKey).map(\.language) }

    func root(_ language: String) -> String? { plan.page(key: rootKey, language: language)?.path }

    func enterprise(_ id: String, _ language: String) -> String? { root(language).map { $0 + id + "/" } }

    func facet(_ facet: Facet, _ id: String, _ language: String) -> String? {
        root(language).map { $0 + facet.segment(language) + "/" + id + "/" }
    }

    func printPage(_ language: String) -> String? { root(language).map { $0 + Self.printSegment + "/" } }

    /// Enterprise ids that would collide with the facet folders.
    func reservedIDs() -> Set<String> {
        Set(languages.flatMap { l in Facet.allCases.map { $0.segment(l) } } + [Self.printSegment])
    }
}
