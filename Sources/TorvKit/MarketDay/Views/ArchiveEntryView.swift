/// A market day in the list of all years.
struct ArchiveEntryView: ViewModel {
    var year: Int
    var name: String
    var date: String
    var dateISO: String
    var url: String

    static let fields = ViewFields<ArchiveEntryView>([
        "year": .number(\.year), "name": .text(\.name), "date": .text(\.date), "dateISO": .text(\.dateISO),
        "url": .text(\.url),
    ])
}
