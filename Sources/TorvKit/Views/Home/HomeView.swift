/// What the home page shows of the sections: `{{#home}}`.
struct HomeView: ViewModel {
    var marketDay: MarketDayTeaserView?
    var prize: PrizeTeaserView?
    var stories: [StorySummaryView]
    var storiesURL: String?
    /// Some of the stories shown are sample data: the list shows the sample notice.
    var storiesSample = false

    static let fields = ViewFields<HomeView>([
        "marketDay": .object(\.marketDay), "prize": .object(\.prize), "stories": .list(\.stories),
        "storiesURL": .text(\.storiesURL), "storiesSample": .flag(\.storiesSample),
    ])
}
