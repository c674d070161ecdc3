/// An image of a story, in the widths it is published in.
struct StoryImageView: ViewModel {
    var url: String
    var alt: String
    /// `srcset` in the original format and in WebP; nil for SVG (published as it is).
    var srcset: String?
    var webpSrcset: String?
    var sizes: String?
    var width: Int?
    var height: Int?
    /// Every image but the first: below the first screen, loaded when the reader scrolls near it.
    var lazy: Bool

    init(picture: Picture, alt: String, lazy: Bool) {
        url = picture.src
        self.alt = alt
        srcset = picture.srcset
        webpSrcset = picture.webpSrcset
        sizes = picture.sizes
        width = picture.width
        height = picture.height
        self.lazy = lazy
    }

    static let fields = ViewFields<StoryImageView>([
        "url": .text(\.url), "alt": .text(\.alt), "srcset": .text(\.srcset), "webpSrcset": .text(\.webpSrcset),
        "sizes": .text(\.sizes), "width": .number(\.width), "height": .number(\.height), "lazy": .flag(\.lazy),
    ])
}
