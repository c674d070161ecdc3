/// What the market day's pages add.
struct MarketDayHostView: ViewModel {
    var marketDay: MarketDayView?
    var archive: [ArchiveEntryView]

    static let fields = ViewFields<MarketDayHostView>([
        "marketDay": .object(\.marketDay), "archive": .list(\.archive),
    ])
}
