import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hidden folder a build writes its site into, under the output's lock (see `Publisher.stage`).
/// Pages are written as they are rendered, from the render stage's workers (`accept`), so the build
/// never holds the whole site in memory; `commit` writes the rest, runs `finish` and swaps the folder
/// in; `abandon` removes it. Until the swap nothing of the new site is visible, and a killed build's
/// folder is removed by the next one, exactly as when everything was written at the end.
final class Staging: OutputSink, @unchecked Sendable {
    private let publisher: Publisher
    let folder: String
    private let lock: Int32
    private struct State {
        var folders: Set<String> = []
        var failure: FileWriter.Failure?
        var count = 0
        var closed = false
    }
    private let state = Mutex(State())

    init(publisher: Publisher, folder: String, lock: Int32) {
        self.publisher = publisher
        self.folder = folder
        self.lock = lock
    }

    deinit { abandon() }

    /// Writes one file now (safe from several threads). A failure is kept and reported by `commit`.
    func accept(_ file: OutputFile) {
        do throws(FileWriter.Failure) {
            try makeParent(of: file.path)
            try FileWriter.write(file.bytes, to: folder + "/" + file.path)
            state.withLock { $0.count += 1 }
        } catch {
            state.withLock { if $0.failure == nil { $0.failure = error } }
        }
    }

    /// Writes the remaining files and the marker, runs `finish` on the folder and swaps it in.
    /// Throws with a diagnostic; the old output then stays as it was and the folder is removed.
    func commit(_ files: [OutputFile], finish: ((String) -> Diagnostic?)?) throws(Publisher.Failure) {
        DispatchQueue.concurrentPerform(iterations: files.count) { accept(files[$0]) }
        accept(OutputFile(path: Publisher.marker, text: "This folder was built by Torv and is replaced on every build.\n"))
        if let failure = state.withLock({ $0.failure }) {
            abandon()
            // Named as it will be in the output folder, not in the hidden folder it was written to.
            let file = failure.path.hasPrefix(folder + "/") ? publisher.output + failure.path.dropFirst(folder.count) : failure.path
            throw publisher.fail(.outputFileNotWritten(file: file, reason: failure.reason))
        }
        if let finish, let problem = finish(folder) {
            abandon()
            throw Publisher.Failure(diagnostic: problem)
        }
        defer { release() }
        try publisher.swap(in: folder, fileCount: state.withLock { $0.count })
    }

    /// Removes the folder and releases the lock (a build with errors publishes nothing).
    func abandon() {
        guard state.withLock({ !$0.closed }) else { return }
        FileWriter.removeTree(folder)
        release()
    }

    /// Releases the lock once; false when it was already released.
    @discardableResult
    private func release() -> Bool {
        let first = state.withLock { state in
            defer { state.closed = true }
            return !state.closed
        }
        if first { close(lock) }
        return first
    }

    private func makeParent(of path: String) throws(FileWriter.Failure) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let parent = String(path[..<slash])
        guard state.withLock({ !$0.folders.contains(parent) }) else { return }
        try makeFolder(folder + "/" + parent)
        state.withLock { _ = $0.folders.insert(parent) }
    }

    /// `mkdir -p` in one call when the parent exists (the common case: pages come in path order).
    private func makeFolder(_ path: String) throws(FileWriter.Failure) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/") else {
            throw FileWriter.Failure(path: path, reason: FileWriter.systemError())
        }
        try makeFolder(String(path[..<slash]))
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileWriter.Failure(path: path, reason: FileWriter.systemError()) }
    }
}
