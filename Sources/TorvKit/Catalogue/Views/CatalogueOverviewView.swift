/// The catalogue page's listing: categories with counts, target groups, buyers, A–Z.
struct CatalogueOverviewView: ViewModel {
    var sample: Bool
    var categories: [TermView]
    var targetGroups: [TermView]
    var sellsTo: [TermView]
    var enterprises: [EnterpriseSummaryView]
    var enterpriseCount: Int
    var productCount: Int
    var printURL: String
    var jsonURL: String
    var csvURL: String

    static let fields = ViewFields<CatalogueOverviewView>([
        "sample": .flag(\.sample), "categories": .list(\.categories), "targetGroups": .list(\.targetGroups),
        "sellsTo": .list(\.sellsTo), "enterprises": .list(\.enterprises), "enterpriseCount": .number(\.enterpriseCount),
        "productCount": .number(\.productCount), "printURL": .text(\.printURL), "jsonURL": .text(\.jsonURL),
        "csvURL": .text(\.csvURL),
    ])
}
