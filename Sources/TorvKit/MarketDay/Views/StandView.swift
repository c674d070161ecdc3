/// A stand: a catalogue enterprise (linked) or an outside exhibitor.
struct StandView: ViewModel {
    var code: String
    var name: String
    var url: String?
    var website: String?
    var shows: LocalizedTextView?

    static let fields = ViewFields<StandView>([
        "code": .text(\.code), "name": .text(\.name), "url": .text(\.url), "website": .text(\.website),
        "shows": .object(\.shows),
    ])
}
