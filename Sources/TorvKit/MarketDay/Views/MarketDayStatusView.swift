/// A market day's status, as flags and one sentence.
struct MarketDayStatusView: ViewModel {
    var scheduled: Bool
    var cancelled: Bool
    var moved: Bool
    var text: String

    static let fields = ViewFields<MarketDayStatusView>([
        "scheduled": .flag(\.scheduled), "cancelled": .flag(\.cancelled), "moved": .flag(\.moved), "text": .text(\.text),
    ])
}
