/// What the story list's pages add.
struct StoryListHostView: ViewModel {
    var storyList: StoryListView

    static let fields = ViewFields<StoryListHostView>([
        "storyList": .object(\.storyList),
    ])
}
