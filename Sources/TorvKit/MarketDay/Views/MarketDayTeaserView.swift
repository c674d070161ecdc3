/// The next market day on the home page.
struct MarketDayTeaserView: ViewModel {
    var name: String
    var date: String
    var dateISO: String
    var start: String
    var end: String
    var venue: String
    var status: MarketDayStatusView
    var isPast: Bool
    var url: String
    var calendarURL: String
    /// The market day is sample data: the teaser shows the sample notice.
    var sample: Bool

    static let fields = ViewFields<MarketDayTeaserView>([
        "name": .text(\.name), "date": .text(\.date), "dateISO": .text(\.dateISO), "start": .text(\.start),
        "end": .text(\.end), "venue": .text(\.venue), "status": .object(\.status), "isPast": .flag(\.isPast),
        "url": .text(\.url), "calendarURL": .text(\.calendarURL), "sample": .flag(\.sample),
    ])
}
