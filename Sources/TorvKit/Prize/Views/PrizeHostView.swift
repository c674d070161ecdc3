/// What the prize's pages add: `{{#prize}}`.
struct PrizeHostView: ViewModel {
    var prize: PrizeView

    static let fields = ViewFields<PrizeHostView>([
        "prize": .object(\.prize),
    ])
}
