/// A product or service, on its enterprise's page and its category's page.
struct ProductView: ViewModel {
    var id: String
    var anchor: String
    var title: LocalizedTextView
    var summary: LocalizedTextView
    var kindLabel: String
    var images: [ImageView]
    var enterprise: EnterpriseLinkView
    var category: LinkedLabelView?
    var body: ProductBodyView?
    var price: String?
    var priceNote: LocalizedTextView?
    var ordering: LocalizedTextView?

    static let fields = ViewFields<ProductView>([
        "id": .text(\.id), "anchor": .text(\.anchor), "title": .object(\.title), "summary": .object(\.summary),
        "kindLabel": .text(\.kindLabel), "images": .list(\.images), "enterprise": .object(\.enterprise),
        "category": .object(\.category), "body": .object(\.body), "price": .text(\.price),
        "priceNote": .object(\.priceNote), "ordering": .object(\.ordering),
    ])
}
