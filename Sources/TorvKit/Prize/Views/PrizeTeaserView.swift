/// The prize on the home page.
struct PrizeTeaserView: ViewModel {
    var name: String
    var status: PrizeStatusView
    var url: String
    /// The prize is sample data: the teaser shows the sample notice.
    var sample: Bool

    static let fields = ViewFields<PrizeTeaserView>([
        "name": .text(\.name), "status": .object(\.status), "url": .text(\.url), "sample": .flag(\.sample),
    ])
}
