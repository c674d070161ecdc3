/// A story in a list.
struct StorySummaryView: ViewModel {
    var title: String
    var url: String
    var lead: String
    var themes: [TermView]
    var date: String?
    var dateISO: String?

    static let fields = ViewFields<StorySummaryView>([
        "title": .text(\.title), "url": .text(\.url), "lead": .text(\.lead), "themes": .list(\.themes),
        "date": .text(\.date), "dateISO": .text(\.dateISO),
    ])
}
