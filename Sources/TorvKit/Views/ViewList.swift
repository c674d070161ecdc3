/// A list of views as templates read it (`{{#list}}…{{/list}}`), without converting the array.
protocol ViewList: Sendable {
    var count: Int { get }
    func element(at index: Int) -> ViewValue
    /// The same list backwards (the `reversed` transform).
    func reversedList() -> any ViewList
    /// The array as swift-mustache was given it.
    var legacy: Any { get }
    /// `String(describing:)` of that array.
    var printed: String { get }
}
