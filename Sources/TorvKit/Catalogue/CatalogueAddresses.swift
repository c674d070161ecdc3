/// Where the catalogue's generated pages live, in each language, below the catalogue page
/// (the page with `layout: catalogue`, e.g. `/katalog/` and `/en/catalogue/`).
struct CatalogueAddresses: Sendable {
    let plan: SitePlan
    /// The key of the catalogue page.
    let rootKey: String

    enum Facet: String, Sendable, CaseIterable {
        case category, targetGroup, sellsTo

        /// The UI string that holds the facet's folder name in each language.
        var urlWord: URLWords.Key {
            switch self {
            case .category: .catalogueCategory
            case .targetGroup: .catalogueTargetGroup
            case .sellsTo: .catalogueSellsTo
            }
        }
    }

    /// The folder of a facet's pages in `language`: `kategori`, `category` (from the UI strings).
    func segment(_ facet: Facet, _ language: String) -> String { plan.urlWords.word(facet.urlWord, language) }

    func printSegment(_ language: String) -> String { plan.urlWords.word(.cataloguePrint, language) }

    static let jsonPath = "catalogue.json"
    static let csvPath = "catalogue.csv"

    /// Languages in which the catalogue is published: those of the catalogue page.
    var languages: [String] { plan.versions(of: rootKey).map(\.language) }

    func root(_ language: String) -> String? { plan.page(key: rootKey, language: language)?.path }

    func enterprise(_ id: String, _ language: String) -> String? { root(language).map { $0 + id + "/" } }

    func facet(_ facet: Facet, _ id: String, _ language: String) -> String? {
        root(language).map { $0 + segment(facet, language) + "/" + id + "/" }
    }

    func printPage(_ language: String) -> String? { root(language).map { $0 + printSegment(language) + "/" } }

    /// Enterprise ids that would collide with the facet folders.
    func reservedIDs() -> Set<String> {
        Set(languages.flatMap { l in Facet.allCases.map { segment($0, l) } + [printSegment(l)] })
    }
}
