/// One item of a market day's programme.
struct ProgrammeItemView: ViewModel {
    var start: String
    var end: String
    var startISO: String
    var endISO: String
    var title: LocalizedTextView
    var place: LocalizedTextView?
    var typeLabel: String
    var language: String
    var languageName: String
    var description: LocalizedTextView?

    static let fields = ViewFields<ProgrammeItemView>([
        "start": .text(\.start), "end": .text(\.end), "startISO": .text(\.startISO), "endISO": .text(\.endISO),
        "title": .object(\.title), "place": .object(\.place), "typeLabel": .text(\.typeLabel),
        "language": .text(\.language), "languageName": .text(\.languageName), "description": .object(\.description),
    ])
}
