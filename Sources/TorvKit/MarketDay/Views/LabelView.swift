/// A label in a list (e.g. an accessibility feature).
struct LabelView: ViewModel {
    var label: String

    static let fields = ViewFields<LabelView>([
        "label": .text(\.label),
    ])
}
