/// What the glossary page adds: `{{#glossary}}`.
struct GlossaryHostView: ViewModel {
    var glossary: GlossaryView

    static let fields = ViewFields<GlossaryHostView>([
        "glossary": .object(\.glossary),
    ])
}
