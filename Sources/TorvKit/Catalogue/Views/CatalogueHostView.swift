/// What the catalogue page adds.
struct CatalogueHostView: ViewModel {
    var catalogue: CatalogueOverviewView

    static let fields = ViewFields<CatalogueHostView>([
        "catalogue": .object(\.catalogue),
    ])
}
