import Mustache

/// The interface texts of one language, as templates read them: `{{t.skip_to_content}}`.
struct UIStringsView: ViewScope, MustacheParent {
    let values: [String: String]
    /// The texts' hash, made once: every page's key holds it (the view is made once per language).
    private let fingerprint: UInt64

    init(values: [String: String]) {
        self.values = values
        var hash = KeyHash()
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            hash.add(key)
            hash.add(value)
        }
        fingerprint = hash.value
    }

    func value(named name: String) -> ViewValue? { values[name].map(ViewValue.text) }

    func child(named name: String) -> Any? { values[name] }

    func hash(into hash: inout KeyHash) { hash.add(fingerprint) }
}
