/// The glossary in one language, its entries A–Z.
struct GlossaryView: ViewModel {
    var entries: [GlossaryEntryView]

    static let fields = ViewFields<GlossaryView>([
        "entries": .list(\.entries),
    ])
}
