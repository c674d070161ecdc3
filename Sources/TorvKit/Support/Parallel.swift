import Dispatch

/// Runs independent work on all cores. Each call of `transform` gets its own index and writes only
/// its own slot, so no state is shared between tasks.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// Fixed slots written once each from different threads, read after all writers finished.
private final class ResultSlots<R>: @unchecked Sendable {
    private var storage: [R?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: R) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [R] { storage.compactMap { $0 } }
}
