/// An image with its alt text (which may be in another language), in the widths it is published in.
struct ImageView: ViewModel {
    var url: String
    var alt: LocalizedTextView
    /// `srcset` in the original format and in WebP; nil for SVG (published as it is).
    var srcset: String?
    var webpSrcset: String?
    var sizes: String?
    var width: Int?
    var height: Int?
    /// Below the first screen: the browser loads it when the reader scrolls near it.
    var lazy: Bool

    init(picture: Picture, alt: LocalizedTextView, lazy: Bool) {
        url = picture.src
        self.alt = alt
        srcset = picture.srcset
        webpSrcset = picture.webpSrcset
        sizes = picture.sizes
        width = picture.width
        height = picture.height
        self.lazy = lazy
    }

    static let fields = ViewFields<ImageView>([
        "url": .text(\.url), "alt": .object(\.alt), "srcset": .text(\.srcset), "webpSrcset": .text(\.webpSrcset),
        "sizes": .text(\.sizes), "width": .number(\.width), "height": .number(\.height), "lazy": .flag(\.lazy),
    ])
}
