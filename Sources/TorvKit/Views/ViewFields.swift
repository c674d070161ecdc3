/// The fields of a `ViewModel` type, by the name templates use.
struct ViewFields<Model>: Sendable {
    private let ordered: [(name: String, field: ViewField<Model>)]
    private let names: [String]
    /// Each field's position by its name's number (`ViewName`).
    private let positions: [Int]

    init(_ fields: KeyValuePairs<String, ViewField<Model>>) {
        ordered = fields.map { ($0.key, $0.value) }.sorted { $0.name < $1.name }
        names = ordered.map(\.name)
        positions = ViewName.positions(of: names)
    }

    func value(named name: ViewName, of model: Model) -> ViewValue? {
        guard let index = name.position(in: positions) else { return nil }
        return ordered[index].field.read(model)
    }

    func contains(_ name: String) -> Bool { names.contains(name) }

    /// Whether there is a field `name` (which may still be absent in a model).
    func has(_ name: ViewName) -> Bool { name.position(in: positions) != nil }

    var fieldNames: [String] { names }

    var schema: [String: TemplateSchema] {
        Dictionary(uniqueKeysWithValues: ordered.map { ($0.name, $0.field.schema()) })
    }

    /// Hashes every field in name order (stable across runs: the order does not depend on `Hasher`).
    func hash(_ model: Model, into hash: inout KeyHash) {
        for (name, field) in ordered {
            hash.add(name)
            field.hash(model, &hash)
        }
    }
}
