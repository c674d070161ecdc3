import Dispatch
import Synchronization

/// Runs independent work on all cores. Each call of `transform` gets its own index and writes only
/// its own slot, so no state is shared between tasks.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.take()
    }

    /// `map` for a transform that gives two things: two arrays, each moved out whole (so a large
    /// first value is never copied to be taken out of a pair).
    static func mapPairs<T: Sendable, A: Sendable, B: Sendable>(_ items: [T], _ transform: @Sendable (T) -> (A, B)) -> ([A], [B]) {
        guard items.count > 1 else {
            let pairs = items.map(transform)
            return (pairs.map(\.0), pairs.map(\.1))
        }
        let first = ResultSlots<A>(count: items.count), second = ResultSlots<B>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let (a, b) = transform(items[index])
            first.set(index, a)
            second.set(index, b)
        }
        return (first.take(), second.take())
    }
}

/// Fixed slots written once each from different threads, read after all writers finished.
///
/// The memory is allocated once and never moves: writing through `Array.withUnsafeMutableBufferPointer`
/// from several threads would be a data race, because that call moves the array's storage out while
/// it runs.
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<R?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    /// The slots were moved out by `take`.
    private var taken = false

    deinit {
        if !taken { slots.deinitialize(count: count) }
        slots.deallocate()
    }

    func set(_ index: Int, _ value: R) {
        (slots + index).pointee = value
    }

    /// The values, moved out of the slots (not copied: a value's parts are neither retained nor
    /// released once more); called once, after all writers finished (a second call gets nothing).
    func take() -> [R] {
        guard !taken else { return [] }
        taken = true
        var values: [R] = []
        values.reserveCapacity(count)
        for index in 0..<count {
            if let value = (slots + index).move() { values.append(value) }
        }
        return values
    }
}

/// Work started on another thread while the caller goes on with its own; `wait()` gives its result.
/// For the build's last steps, which would otherwise run one after another on one core.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let group = DispatchGroup()
    private let result: Mutex<Value>

    /// `initial` is what `wait()` would give if `work` had not run (it always has by then).
    init(initial: Value, _ work: @escaping @Sendable () -> Value) {
        result = Mutex(initial)
        group.enter()
        DispatchQueue.global().async { [self] in
            let value = work()
            result.withLock { $0 = value }
            group.leave()
        }
    }

    func wait() -> Value {
        group.wait()
        return result.withLock { $0 }
    }
}
