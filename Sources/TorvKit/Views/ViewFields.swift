/// The fields of a `ViewModel` type, by the name templates use.
struct ViewFields<Model>: Sendable {
    private let ordered: [(name: String, field: ViewField<Model>)]
    private let names: [String]
    /// For views with many fields; the others are searched in order (faster for a dozen short names).
    private let byName: [String: Int]?

    init(_ fields: KeyValuePairs<String, ViewField<Model>>) {
        ordered = fields.map { ($0.key, $0.value) }.sorted { $0.name < $1.name }
        names = ordered.map(\.name)
        byName = ordered.count > 16 ? Dictionary(ordered.enumerated().map { ($1.name, $0) }) { first, _ in first } : nil
    }

    private func index(of name: String) -> Int? {
        if let byName { return byName[name] }
        return names.firstIndex(of: name)
    }

    func value(named name: String, of model: Model) -> ViewValue? {
        guard let index = index(of: name) else { return nil }
        return ordered[index].field.read(model)
    }

    func contains(_ name: String) -> Bool { index(of: name) != nil }

    /// The field's value, or nil when there is no such field (`found` tells the two kinds of nil apart).
    func lookup(_ name: String, of model: Model) -> (found: Bool, value: ViewValue?) {
        guard let index = index(of: name) else { return (false, nil) }
        return (true, ordered[index].field.read(model))
    }

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
