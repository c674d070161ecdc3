/// A page of the story list, or a theme's stories.
struct StoryListView: ViewModel {
    var stories: [StorySummaryView]
    var pagination: PaginationView
    var themes: [TermView]
    var feedURL: String
    var sample: Bool

    static let fields = ViewFields<StoryListView>([
        "stories": .list(\.stories), "pagination": .object(\.pagination), "themes": .list(\.themes),
        "feedURL": .text(\.feedURL), "sample": .flag(\.sample),
    ])
}
