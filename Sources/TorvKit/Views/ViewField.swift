/// One field: how to read it, what the linter knows of it, how it enters a view's hash.
struct ViewField<Model>: Sendable {
    let read: @Sendable (Model) -> ViewValue?
    let schema: @Sendable () -> TemplateSchema
    let hash: @Sendable (Model, inout KeyHash) -> Void

    /// A text, absent when nil (so `{{#x}}…{{/x}}` shows its block only when there is one).
    static func text(_ get: @escaping @Sendable (Model) -> String?) -> ViewField {
        ViewField(read: { get($0).map(ViewValue.text) }, schema: { .value }, hash: { $1.add(optional: get($0)) })
    }

    /// A text kept as its UTF-8 bytes (`ViewValue.bytes`), absent when nil.
    static func bytes(_ get: @escaping @Sendable (Model) -> [UInt8]?) -> ViewField {
        ViewField(read: { get($0).map(ViewValue.bytes) }, schema: { .value }, hash: { model, hash in
            guard let bytes = get(model) else { return hash.add(optional: nil as String?) }
            bytes.withUnsafeBytes { hash.add($0) }
        })
    }

    /// A number, printed as decimal digits.
    static func number(_ get: @escaping @Sendable (Model) -> Int?) -> ViewField {
        ViewField(read: { get($0).map(ViewValue.number) }, schema: { .value }, hash: { $1.add(optional: get($0)) })
    }

    /// `true`/`false` for `{{#x}}` and `{{^x}}`.
    static func flag(_ get: @escaping @Sendable (Model) -> Bool) -> ViewField {
        ViewField(read: { .flag(get($0)) }, schema: { .flag }, hash: { $1.add(get($0)) })
    }

    /// A nested view: `{{x.y}}` or `{{#x}}{{y}}{{/x}}`; absent when nil.
    static func object<V: ViewModel>(_ get: @escaping @Sendable (Model) -> V?) -> ViewField {
        ViewField(read: { get($0).map { ViewValue.object($0) } }, schema: { .object(V.schema) }, hash: { model, hash in
            guard let view = get(model) else { return hash.add("\u{0}") }
            view.hash(into: &hash)
        })
    }

    /// A nested view kept by reference (`ViewRef`): read like `object`, without copying it.
    static func shared<V: ViewModel>(_ get: @escaping @Sendable (Model) -> ViewRef<V>) -> ViewField {
        ViewField(read: { .object(get($0)) }, schema: { .object(V.schema) }, hash: { model, hash in get(model).value.hash(into: &hash) })
    }

    /// A list of views: `{{#x}}…{{/x}}` repeats for each; absent when nil (unlike an empty list).
    static func list<V: ViewModel>(_ get: @escaping @Sendable (Model) -> [V]?) -> ViewField {
        ViewField(read: { get($0).map { ViewValue.list(ViewArray(items: $0)) } }, schema: { .list(V.schema) }, hash: { model, hash in
            guard let views = get(model) else { return hash.add("\u{0}") }
            hash.add(views.count)
            for view in views { view.hash(into: &hash) }
        })
    }

    /// The interface texts of `content/i18n/<lang>.yaml`: `{{t.key}}`; the linter checks the keys the site has.
    static func uiStrings(_ get: @escaping @Sendable (Model) -> UIStringsView) -> ViewField {
        ViewField(read: { .object(get($0)) }, schema: { .uiStrings }, hash: { get($0).hash(into: &$1) })
    }
}
