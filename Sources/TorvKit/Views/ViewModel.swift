import Mustache

/// A value a template reads. Its fields, listed once in `fields`, are both what templates render
/// (through `ViewScope`, typed, no `Mirror`) and what the template linter checks templates against,
/// so the schema cannot drift from the code that fills it. `MustacheParent` is for the reference
/// renderer (swift-mustache) the tests compare Torv's own renderer with.
protocol ViewModel: ViewScope, MustacheParent {
    static var fields: ViewFields<Self> { get }
}

extension ViewModel {
    func value(named name: ViewName) -> ViewValue? { Self.fields.value(named: name, of: self) }

    func child(named name: String) -> Any? { value(named: ViewName(name))?.legacy }

    /// What templates may read from this type, derived from `fields`.
    static var schema: [String: TemplateSchema] { fields.schema }

    /// Adds every value a template could read to `hash`, so equal views hash equally.
    func hash(into hash: inout KeyHash) { Self.fields.hash(self, into: &hash) }
}
