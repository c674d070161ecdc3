/// A level-3 heading in a page's table of contents.
struct TOCSubentryView: ViewModel {
    var id: String
    var text: String

    static let fields = ViewFields<TOCSubentryView>(["id": .text(\.id), "text": .text(\.text)])
}
