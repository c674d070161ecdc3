/// A `[V]` of views, possibly read backwards.
struct ViewArray<V: ViewModel>: ViewList {
    let items: [V]
    var reversed = false

    var count: Int { items.count }

    func element(at index: Int) -> ViewValue {
        .object(items[reversed ? items.count - 1 - index : index])
    }

    func reversedList() -> any ViewList { ViewArray(items: items, reversed: !reversed) }

    var legacy: Any { reversed ? items.reversed() as ReversedCollection<[V]> : items }

    var printed: String { reversed ? String(describing: items.reversed() as ReversedCollection<[V]>) : String(describing: items) }
}
