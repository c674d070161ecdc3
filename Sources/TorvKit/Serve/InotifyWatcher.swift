import Dispatch
import Glibc

/// Watches folders and everything below them with Linux inotify, for `torv serve`. This is the only
/// file that touches inotify; Swift's Glibc module has all it needs (`inotify_init1`,
/// `inotify_add_watch`, `read`), so there is no C file.
///
/// Editors save by writing a temporary file and renaming it over the page, so a save is a burst
/// of events (create, close-write, moved-from, moved-to); the watcher collects a burst for a few
/// milliseconds and hands it on as one `Changes`. A folder that appears is watched at once, and the
/// files already in it are reported too (they may have been written before the watch was added).
public final class InotifyWatcher: @unchecked Sendable {
    /// What changed in one burst of events.
    public struct Changes: Sendable, Equatable {
        /// The files (and folders) named by the events, as `root/relative/path`.
        public var paths: Set<String> = []
        /// A folder was added, removed or moved, or events were lost: only a full look is certain.
        public var needsRescan = false
        /// A new folder could not be watched (most often the system's limit of watches): inotify can
        /// no longer see everything, so the caller should fall back to polling.
        public var lostWatch: Failure?

        public init(paths: Set<String> = [], needsRescan: Bool = false, lostWatch: Failure? = nil) {
            self.paths = paths
            self.needsRescan = needsRescan
            self.lostWatch = lostWatch
        }

        var isEmpty: Bool { paths.isEmpty && !needsRescan && lostWatch == nil }
    }

    /// Why inotify cannot be used: the folder and the system's reason.
    public struct Failure: Error, Sendable, Equatable {
        public var path: String
        public var reason: String

        /// The warning `torv serve` shows before it falls back to polling.
        public var diagnostic: Diagnostic {
            Diagnostic(.watchUnavailable(reason: reason), at: SourceLocation(path: path))
        }
    }

    /// The bursts of changes, in order.
    public let changes: AsyncStream<Changes>

    private let descriptor: Int32
    private let debounce: Double
    private let queue = DispatchQueue(label: "torv.inotify")
    private let continuation: AsyncStream<Changes>.Continuation
    // Everything below is touched on `queue` only.
    private var folders: [Int32: String] = [:]
    private var pending = Changes()
    private var flushScheduled = false
    private var firstEvent = DispatchTime.now()
    private var lastEvent = DispatchTime.now()
    private var source: DispatchSourceRead?

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM
        | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW)

    /// Watches `roots` and all folders below them (hidden folders, which a build skips, excepted).
    /// Bursts of events closer together than `debounce` seconds are handed on as one.
    public static func start(roots: [String], debounce: Double = 0.015) -> Result<InotifyWatcher, Failure> {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return .failure(Failure(path: roots.first ?? "", reason: Self.lastError())) }
        let watcher = InotifyWatcher(descriptor: descriptor, debounce: debounce)
        var failure: Failure?
        watcher.queue.sync {
            for root in roots {
                if let problem = watcher.watchTree(root, reportFiles: false) { failure = problem; break }
            }
        }
        if let failure {
            watcher.stop()
            return .failure(failure)
        }
        watcher.listen()
        return .success(watcher)
    }

    private init(descriptor: Int32, debounce: Double) {
        self.descriptor = descriptor
        self.debounce = debounce
        (changes, continuation) = AsyncStream.makeStream(of: Changes.self)
    }

    /// Stops watching and ends `changes`. Safe to call more than once.
    public func stop() {
        queue.sync { shutDown() }
    }

    /// No one else holds the watcher any more, so nothing runs on `queue` for it: close at once.
    deinit { shutDown() }

    private func shutDown() {
        guard !closed else { return }
        closed = true
        if let source {
            source.cancel()   // its cancel handler closes the descriptor
            self.source = nil
        } else {
            Glibc.close(descriptor)
        }
        continuation.finish()
    }

    private var closed = false

    private func listen() {
        let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
        source.setEventHandler { [weak self] in self?.readEvents() }
        let descriptor = self.descriptor
        source.setCancelHandler { Glibc.close(descriptor) }
        queue.sync { self.source = source }
        source.resume()
    }

    /// Adds a watch on `folder` and every folder below it. With `reportFiles`, the files found are
    /// added to the pending changes (a folder that was just created may already hold some).
    private func watchTree(_ folder: String, reportFiles: Bool) -> Failure? {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else {
            // A folder that is gone again by now is no failure; it is simply not there to watch.
            return errno == ENOENT && reportFiles ? nil : Failure(path: folder, reason: Self.lastError())
        }
        folders[watch] = folder
        guard let directory = opendir(folder) else { return nil }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = folder + "/" + name
            if entry.pointee.d_type == UInt8(DT_DIR) {
                subfolders.append(path)
            } else if reportFiles {
                pending.paths.insert(path)
            }
        }
        closedir(directory)
        for subfolder in subfolders {
            if let failure = watchTree(subfolder, reportFiles: reportFiles) { return failure }
        }
        return nil
    }

    /// Stops watching `folder` and the folders below it (it was moved away or deleted).
    private func forgetTree(_ folder: String) {
        for (watch, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }

    private func readEvents() {
        let size = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, size) }
            if count <= 0 { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                handle(watch: watch, mask: mask, name: name)
                offset += header + length
            }
        }
        guard !pending.isEmpty else { return }
        lastEvent = DispatchTime.now()
        if !flushScheduled {
            flushScheduled = true
            firstEvent = lastEvent
            queue.asyncAfter(deadline: .now() + debounce) { [weak self] in self?.flush() }
        }
    }

    private func handle(watch: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            pending.needsRescan = true
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return
        }
        guard let folder = folders[watch] else { return }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            pending.paths.insert(folder)
            pending.needsRescan = true
            return
        }
        if name.hasPrefix(".") && mask & UInt32(IN_ISDIR) != 0 { return }
        let path = name.isEmpty ? folder : folder + "/" + name
        pending.paths.insert(path)
        guard mask & UInt32(IN_ISDIR) != 0 else { return }
        pending.needsRescan = true
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            if let failure = watchTree(path, reportFiles: true) { pending.lostWatch = failure }
        } else if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
            forgetTree(path)
        }
    }

    /// Hands the burst on once no event came for `debounce` seconds (or the burst is 0.1 s old, so
    /// that a tool writing without pause still gets its changes shown).
    private func flush() {
        let now = DispatchTime.now()
        let quiet = Double(now.uptimeNanoseconds - lastEvent.uptimeNanoseconds) / 1e9
        let age = Double(now.uptimeNanoseconds - firstEvent.uptimeNanoseconds) / 1e9
        if quiet < debounce, age < 0.1, !closed {
            queue.asyncAfter(deadline: lastEvent + debounce) { [weak self] in self?.flush() }
            return
        }
        flushScheduled = false
        guard !pending.isEmpty, !closed else { return }
        continuation.yield(pending)
        pending = Changes()
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
