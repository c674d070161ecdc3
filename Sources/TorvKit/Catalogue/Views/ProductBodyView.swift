/// A product's longer text, as HTML, with `lang` when it is in another language.
struct ProductBodyView: ViewModel {
    var html: String
    var lang: String?

    static let fields = ViewFields<ProductBodyView>([
        "html": .text(\.html), "lang": .text(\.lang),
    ])
}
