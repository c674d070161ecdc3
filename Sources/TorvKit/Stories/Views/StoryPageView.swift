/// What a story page's layout adds.
struct StoryPageView: ViewModel {
    var story: StoryView

    static let fields = ViewFields<StoryPageView>([
        "story": .object(\.story),
    ])
}
