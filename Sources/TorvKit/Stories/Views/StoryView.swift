/// What a story's page shows besides its text.
struct StoryView: ViewModel {
    var lead: String
    var themes: [TermView]
    var sample: Bool
    var images: [StoryImageView]
    var listURL: String
    var enterprise: EnterpriseLinkView?

    static let fields = ViewFields<StoryView>([
        "lead": .text(\.lead), "themes": .list(\.themes), "sample": .flag(\.sample), "images": .list(\.images),
        "listURL": .text(\.listURL), "enterprise": .object(\.enterprise),
    ])
}
