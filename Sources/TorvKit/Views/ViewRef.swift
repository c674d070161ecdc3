import Mustache

/// A view shared by reference. Mustache hands every value it reads around as `Any`, which copies a
/// struct of more than three words into a new box each time; a view read many times per page (the
/// page itself, the site, the footer's authority) is kept behind this immutable reference instead.
final class ViewRef<Value: ViewModel>: MustacheParent, Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    func child(named name: String) -> Any? { value.child(named: name) }
}
