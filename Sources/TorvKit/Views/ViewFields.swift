/// The fields of a `ViewModel` type, by the name templates use.
struct ViewFields<Model>: Sendable {
    private let ordered: [(name: String, field: ViewField<Model>)]
    private let byName: [String: ViewField<Model>]

    init(_ fields: KeyValuePairs<String, ViewField<Model>>) {
        ordered = fields.map { ($0.key, $0.value) }.sorted { $0.name < $1.name }
        byName = Dictionary(fields.map { ($0.key, $0.value) }) { first, _ in first }
    }

    /// The fields of `base` and these, for a view that extends another.
    init(_ base: ViewFields<Model>, adding more: KeyValuePairs<String, ViewField<Model>>) {
        let extra = ViewFields(more)
        ordered = (base.ordered.filter { extra.byName[$0.name] == nil } + extra.ordered).sorted { $0.name < $1.name }
        byName = base.byName.merging(extra.byName) { $1 }
    }

    func value(named name: String, of model: Model) -> Any? { byName[name]?.read(model) }

    func contains(_ name: String) -> Bool { byName[name] != nil }

    var names: [String] { ordered.map(\.name) }

    var schema: [String: TemplateSchema] {
        Dictionary(uniqueKeysWithValues: ordered.map { ($0.name, $0.field.schema()) })
    }

    /// Hashes every field in name order (stable across runs: the order does not depend on `Hasher`).
    func hash(_ model: Model, into hash: inout StableHash) {
        for (name, field) in ordered {
            hash.add(name)
            field.hash(model, &hash)
        }
    }
}
