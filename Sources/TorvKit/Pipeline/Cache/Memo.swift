import Synchronization

/// The results of the last build, each under an id (a page's path) with the key of the inputs it
/// was made from. A stage asks for a value with the key of its inputs now and gets the old one
/// when the key is the same; what a build did not ask for is dropped when it finishes.
/// Reads and writes are safe from the parallel stages.
final class Memo<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var key: UInt64
        var value: Value
    }

    private struct State: Sendable {
        var last: [String: Entry] = [:]
        var next: [String: Entry] = [:]
        /// Some value was made (or replaced) since the last build finished.
        var made = false
        /// The last finished build made or dropped a value: `last` is not what it was before that build.
        var changed = false
        /// The values read from the build cache file (`restore`), by id.
        var restored: [String: Entry] = [:]
    }

    private let entries = Mutex(State())

    /// The value for `id`, reused when it was made from inputs with the same `key`; `made` tells whether it was made now.
    func value(id: String, key: UInt64, make: () -> Value) -> (value: Value, made: Bool) {
        if let old = entries.withLock({ $0.last[id] }), old.key == key {
            entries.withLock { $0.next[id] = old }
            return (old.value, false)
        }
        let value = make()
        entries.withLock {
            $0.next[id] = Entry(key: key, value: value)
            $0.made = true
        }
        return (value, true)
    }

    /// Like `value(id:key:make:)`, but reuses the last value without computing the key when the
    /// caller knows the inputs are `unchanged` (a file that was not read again).
    func value(id: String, unchanged: Bool, key: () -> UInt64, make: () -> Value) -> (value: Value, made: Bool) {
        if unchanged, let old = entries.withLock({ $0.last[id] }) {
            entries.withLock { $0.next[id] = old }
            return (old.value, false)
        }
        return value(id: id, key: key(), make: make)
    }

    /// Drops what this build made for `id` (a value the next build must make again).
    func forget(_ id: String) {
        entries.withLock { $0.next[id] = nil }
    }

    /// The last value and its key, without using it.
    func last(_ id: String) -> (key: UInt64, value: Value)? {
        entries.withLock { $0.last[id].map { ($0.key, $0.value) } }
    }

    /// Keeps a value made outside a build (serve's one-page edit), for the next build.
    func replace(_ id: String, key: UInt64, value: Value) {
        entries.withLock {
            $0.last[id] = Entry(key: key, value: value)
            $0.changed = true
        }
    }

    /// Ends a build: what it used or made is what the next build can reuse.
    func finishBuild() {
        entries.withLock { state in
            state.changed = state.made || state.next.count != state.last.count
            state.last = state.next
            state.next = [:]
            state.made = false
        }
    }

    /// Forgets every value.
    func removeAll() {
        entries.withLock { $0 = State() }
    }

    /// Forgets what an unfinished build asked for (a build that stopped early keeps the older values).
    func abandonBuild() {
        entries.withLock {
            $0.next = [:]
            $0.made = false
        }
    }

    // MARK: The build cache on disk (`DiskCache`)

    /// Whether the last finished build made or dropped a value (false: the values are those it started with).
    var changedInLastBuild: Bool {
        entries.withLock { $0.changed }
    }

    /// The values the last finished build used, sorted by id.
    func saved() -> [(id: String, key: UInt64, value: Value)] {
        entries.withLock { state in
            state.last.sorted { $0.key < $1.key }.map { ($0.key, $0.value.key, $0.value.value) }
        }
    }

    /// Values read from a build cache on disk, as if the last build had made them (taken as they
    /// are when nothing is there yet, as in every build that restores a cache).
    func restore(_ values: [String: Entry]) {
        entries.withLock { state in
            if state.last.isEmpty {
                state.last = values
            } else {
                state.last.merge(values) { _, restored in restored }
            }
            if state.restored.isEmpty {
                state.restored = values
            } else {
                state.restored.merge(values) { _, restored in restored }
            }
        }
    }

    /// How many values the last finished build used that `keep` accepts.
    func count(keep: (Value) -> Bool) -> Int {
        entries.withLock { state in state.last.values.reduce(0) { $0 + (keep($1.value) ? 1 : 0) } }
    }

    /// What the cache file needs to hold what the last finished build used (the values `keep`
    /// accepts): the values it does not hold yet (new, or made from other inputs), and the ids it
    /// holds that are no longer used; both sorted by id.
    func changesSinceRestore(keep: (Value) -> Bool) -> (changed: [(id: String, key: UInt64, value: Value)], dropped: [String]) {
        entries.withLock { state in
            let changed = state.last.filter { keep($0.value.value) && state.restored[$0.key]?.key != $0.value.key }
            let dropped = state.restored.keys.filter { id in state.last[id].map { !keep($0.value) } ?? true }
            return (changed.sorted { $0.key < $1.key }.map { ($0.key, $0.value.key, $0.value.value) }, dropped.sorted())
        }
    }
}
