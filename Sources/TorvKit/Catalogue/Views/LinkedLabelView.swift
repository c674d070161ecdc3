/// A label linked to its page.
struct LinkedLabelView: ViewModel {
    var label: String
    var url: String

    static let fields = ViewFields<LinkedLabelView>([
        "label": .text(\.label), "url": .text(\.url),
    ])
}
