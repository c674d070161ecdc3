/// The prize on the home page.
struct PrizeTeaserView: ViewModel {
    var name: String
    var status: PrizeStatusView
    var url: String

    static let fields = ViewFields<PrizeTeaserView>([
        "name": .text(\.name), "status": .object(\.status), "url": .text(\.url),
    ])
}
