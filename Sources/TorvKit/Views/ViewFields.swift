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

/// One field: how to read it, what the linter knows of it, how it enters a view's hash.
struct ViewField<Model>: Sendable {
    let read: @Sendable (Model) -> Any?
    let schema: @Sendable () -> TemplateSchema
    let hash: @Sendable (Model, inout StableHash) -> Void

    /// A text, absent when nil (so `{{#x}}…{{/x}}` shows its block only when there is one).
    static func text(_ get: @escaping @Sendable (Model) -> String?) -> ViewField {
        ViewField(read: { get($0) }, schema: { .value }, hash: { $1.add(optional: get($0)) })
    }

    /// A number, printed as decimal digits.
    static func number(_ get: @escaping @Sendable (Model) -> Int?) -> ViewField {
        ViewField(read: { get($0) }, schema: { .value }, hash: { $1.add(optional: get($0).map(String.init)) })
    }

    /// `true`/`false` for `{{#x}}` and `{{^x}}`.
    static func flag(_ get: @escaping @Sendable (Model) -> Bool) -> ViewField {
        ViewField(read: { get($0) }, schema: { .flag }, hash: { $1.add(get($0) ? "1" : "0") })
    }

    /// A nested view: `{{x.y}}` or `{{#x}}{{y}}{{/x}}`; absent when nil.
    static func object<V: ViewModel>(_ get: @escaping @Sendable (Model) -> V?) -> ViewField {
        ViewField(read: { get($0) }, schema: { .object(V.schema) }, hash: { model, hash in
            guard let view = get(model) else { return hash.add("\u{0}") }
            view.hash(into: &hash)
        })
    }

    /// A list of views: `{{#x}}…{{/x}}` repeats for each; absent when nil (unlike an empty list).
    static func list<V: ViewModel>(_ get: @escaping @Sendable (Model) -> [V]?) -> ViewField {
        ViewField(read: { get($0) }, schema: { .list(V.schema) }, hash: { model, hash in
            guard let views = get(model) else { return hash.add("\u{0}") }
            hash.add(views.count)
            for view in views { view.hash(into: &hash) }
        })
    }

    /// The interface texts of `content/i18n/<lang>.yaml`: `{{t.key}}`; the linter checks the keys the site has.
    static func uiStrings(_ get: @escaping @Sendable (Model) -> UIStringsView) -> ViewField {
        ViewField(read: { get($0) }, schema: { .uiStrings }, hash: { get($0).hash(into: &$1) })
    }
}
