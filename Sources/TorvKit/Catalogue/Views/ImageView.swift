/// An image with its alt text (which may be in another language).
struct ImageView: ViewModel {
    var url: String
    var alt: LocalizedTextView

    static let fields = ViewFields<ImageView>([
        "url": .text(\.url), "alt": .object(\.alt),
    ])
}
