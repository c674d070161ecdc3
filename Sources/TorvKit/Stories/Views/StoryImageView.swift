/// An image of a story.
struct StoryImageView: ViewModel {
    var url: String
    var alt: String

    static let fields = ViewFields<StoryImageView>([
        "url": .text(\.url), "alt": .text(\.alt),
    ])
}
