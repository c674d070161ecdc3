import Mustache

/// A value a template reads. Its fields, listed once in `fields`, are both what Mustache renders
/// (through `MustacheParent`, no `Mirror`) and what the template linter checks templates against,
/// so the schema cannot drift from the code that fills it.
protocol ViewModel: MustacheParent, Sendable {
    static var fields: ViewFields<Self> { get }
}

extension ViewModel {
    func child(named name: String) -> Any? { Self.fields.value(named: name, of: self) }

    /// What templates may read from this type, derived from `fields`.
    static var schema: [String: TemplateSchema] { fields.schema }

    /// Adds every value a template could read to `hash`, so equal views hash equally.
    func hash(into hash: inout StableHash) { Self.fields.hash(self, into: &hash) }
}
