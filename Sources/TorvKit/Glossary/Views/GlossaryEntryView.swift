/// One term of the glossary: `<dt id="{{id}}">{{term}}</dt><dd>{{explanation}}</dd>`.
struct GlossaryEntryView: ViewModel {
    var id: String
    var term: String
    /// The other forms of the word, comma-separated (nil when it has none).
    var forms: String?
    var explanation: String

    static let fields = ViewFields<GlossaryEntryView>([
        "id": .text(\.id), "term": .text(\.term), "forms": .text(\.forms), "explanation": .text(\.explanation),
    ])
}
