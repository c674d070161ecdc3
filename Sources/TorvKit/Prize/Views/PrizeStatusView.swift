/// Whether nominations are open, as flags for the template and one sentence.
struct PrizeStatusView: ViewModel {
    var open: Bool
    var notYetOpen: Bool
    var closed: Bool
    var text: String

    static let fields = ViewFields<PrizeStatusView>([
        "open": .flag(\.open), "notYetOpen": .flag(\.notYetOpen), "closed": .flag(\.closed), "text": .text(\.text),
    ])
}
