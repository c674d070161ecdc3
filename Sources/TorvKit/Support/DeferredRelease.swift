import Dispatch

/// Frees a large value on another thread. Freeing ten thousand pages' converted Markdown takes tens
/// of milliseconds; done where the value is last used, it holds up the build's last steps, which run
/// on one core while the other is idle.
enum DeferredRelease {
    /// The task holds the last reference, so the value is freed when the task ends, on its thread.
    static func release<Value: Sendable>(_ value: Value) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }

    /// Runs `release` (which empties something shared) on another thread.
    static func run(_ release: @escaping @Sendable () -> Void) {
        DispatchQueue.global(qos: .utility).async(execute: release)
    }
}
