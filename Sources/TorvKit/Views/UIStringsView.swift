import Mustache

/// The interface texts of one language, as templates read them: `{{t.skip_to_content}}`.
struct UIStringsView: ViewScope, MustacheParent {
    let values: [String: String]
    /// The texts' hash, made once: every page's key holds it (the view is made once per language).
    private let fingerprint: UInt64
    /// The texts in key order, and where each key's text is by its name's number (`ViewName`).
    private let texts: [String]
    private let positions: [Int]

    init(values: [String: String]) {
        self.values = values
        let sorted = values.sorted(by: { $0.key < $1.key })
        var hash = KeyHash()
        for (key, value) in sorted {
            hash.add(key)
            hash.add(value)
        }
        fingerprint = hash.value
        texts = sorted.map(\.value)
        positions = ViewName.positions(of: sorted.map(\.key))
    }

    func value(named name: ViewName) -> ViewValue? { name.position(in: positions).map { ViewValue.text(texts[$0]) } }

    func child(named name: String) -> Any? { values[name] }

    func hash(into hash: inout KeyHash) { hash.add(fingerprint) }
}
