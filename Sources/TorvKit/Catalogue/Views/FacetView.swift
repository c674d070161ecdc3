/// A category's products, or a target group's or buyer type's enterprises.
struct FacetView: ViewModel {
    var label: String
    var products: [ProductView]?
    var enterprises: [EnterpriseSummaryView]?

    static let fields = ViewFields<FacetView>([
        "label": .text(\.label), "products": .list(\.products), "enterprises": .list(\.enterprises),
    ])
}
