/// Something a template can look names up in: a view, a shared view, the interface texts.
protocol ViewScope: Sendable {
    /// The value of the field `name`, or nil when there is none or it is absent.
    func value(named name: ViewName) -> ViewValue?
}
