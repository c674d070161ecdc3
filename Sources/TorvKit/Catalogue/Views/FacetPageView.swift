/// What a facet page adds.
struct FacetPageView: ViewModel {
    var catalogue: CatalogueOverviewView
    var facet: FacetView

    static let fields = ViewFields<FacetPageView>([
        "catalogue": .object(\.catalogue), "facet": .object(\.facet),
    ])
}
