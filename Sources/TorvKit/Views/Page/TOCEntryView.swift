/// A level-2 heading in a page's table of contents, with the level-3 headings below it.
struct TOCEntryView: ViewModel {
    var id: String
    var text: String
    var children: [TOCSubentryView]
    /// Whether level-3 headings after it belong to it (false for a level-3 heading before any level 2).
    var isOpen = false

    static let fields = ViewFields<TOCEntryView>([
        "id": .text(\.id), "text": .text(\.text), "children": .list(\.children),
    ])
}
