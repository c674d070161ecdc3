import Mustache

/// A view shared by reference. An enum payload or `Any` holding a struct of more than three words
/// copies it into a new box each time it is read; a view read many times per page (the page itself,
/// the site, the footer's authority) is kept behind this immutable reference instead.
final class ViewRef<Value: ViewModel>: ViewScope, MustacheParent {
    let value: Value

    init(_ value: Value) { self.value = value }

    func value(named name: ViewName) -> ViewValue? { value.value(named: name) }

    func child(named name: String) -> Any? { value.child(named: name) }
}
