import Dispatch

/// Frees a large value on another thread. Freeing ten thousand pages' converted Markdown takes tens
/// of milliseconds; done where the value is last used, it holds up the build's last steps, which run
/// on one core while the other is idle.
enum DeferredRelease {
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }

    private final class Box<Value: Sendable>: @unchecked Sendable {
        private var value: Value?
        init(_ value: consuming Value) { self.value = value }
        /// Called once, on the other thread.
        func drop() { value = nil }
    }
}
