/// One market day, for its page and the market day's host page.
struct MarketDayView: ViewModel {
    var year: Int
    var name: String
    var summary: LocalizedTextView
    var description: LocalizedTextView?
    var date: String
    var dateISO: String
    var start: String
    var end: String
    var startISO: String
    var endISO: String
    var status: MarketDayStatusView
    var venue: VenueView
    var accessibility: [LabelView]
    var accessibilityNotes: LocalizedTextView?
    var organiser: OrganiserView
    var programme: [ProgrammeItemView]
    var stands: [StandView]
    var calendarURL: String
    var url: String
    var sample: Bool
    var isPast: Bool

    static let fields = ViewFields<MarketDayView>([
        "year": .number(\.year), "name": .text(\.name), "summary": .object(\.summary),
        "description": .object(\.description), "date": .text(\.date), "dateISO": .text(\.dateISO), "start": .text(\.start),
        "end": .text(\.end), "startISO": .text(\.startISO), "endISO": .text(\.endISO), "status": .object(\.status),
        "venue": .object(\.venue), "accessibility": .list(\.accessibility),
        "accessibilityNotes": .object(\.accessibilityNotes), "organiser": .object(\.organiser),
        "programme": .list(\.programme), "stands": .list(\.stands), "calendarURL": .text(\.calendarURL),
        "url": .text(\.url), "sample": .flag(\.sample), "isPast": .flag(\.isPast),
    ])
}
