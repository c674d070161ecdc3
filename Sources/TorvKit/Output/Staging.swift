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
///
/// When the folder is the previous site kept as a spare (`reusing`), a file whose bytes are already
/// there is left as it is (same inode, same time stamp: no file created, which is what costs on a
/// busy disk); a changed file is replaced by a new one (never rewritten in place, so a hard link to
/// it elsewhere keeps its old bytes); before the swap, everything this build did not write is removed.
final class Staging: OutputSink, @unchecked Sendable {
    private let publisher: Publisher
    let folder: String
    private let lock: Int32
    private let reusing: Bool
    private struct State {
        var folders: Set<String> = []
        /// With `reusing`, every path written or kept, for removing the rest.
        var written: Set<String> = []
        var failure: FileWriter.Failure?
        var count = 0
        var closed = false
    }
    private let state = Mutex(State())

    init(publisher: Publisher, folder: String, lock: Int32, reusing: Bool = false) {
        self.publisher = publisher
        self.folder = folder
        self.lock = lock
        self.reusing = reusing
    }

    deinit { abandon() }

    /// Writes one file now (safe from several threads). A failure is kept and reported by `commit`.
    func accept(_ file: OutputFile) {
        do throws(FileWriter.Failure) {
            try makeParent(of: file.path)
            let path = folder + "/" + file.path
            if reusing {
                state.withLock { _ = $0.written.insert(file.path) }
                if FileWriter.holds(path, file.bytes) {
                    state.withLock { $0.count += 1 }
                    return
                }
                FileWriter.removeTree(path)
            }
            try FileWriter.write(file.bytes, to: path)
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
        if reusing, state.withLock({ $0.failure }) == nil { removeStrays() }
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
    /// In a reused folder, a file (or link) where a folder must be is removed first.
    private func makeFolder(_ path: String) throws(FileWriter.Failure) {
        // In a reused folder most folders are there already: one `lstat` instead of `mkdir` and `lstat`.
        if reusing, FileWriter.isRealDirectory(path) { return }
        if mkdir(path, 0o755) == 0 { return }
        if errno == EEXIST {
            guard reusing, !FileWriter.isRealDirectory(path) else { return }
            unlink(path)
            // Another worker may have made it in the meantime.
            if mkdir(path, 0o755) == 0 || FileWriter.isRealDirectory(path) { return }
        }
        // ENOTDIR: in a reused folder, a file stands where a folder above must be.
        guard errno == ENOENT || (reusing && errno == ENOTDIR), let slash = path.lastIndex(of: "/") else {
            throw FileWriter.Failure(path: path, reason: FileWriter.systemError())
        }
        try makeFolder(String(path[..<slash]))
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileWriter.Failure(path: path, reason: FileWriter.systemError()) }
    }

    /// Removes from the reused folder every file and folder this build did not write.
    private func removeStrays() {
        let written = state.withLock { $0.written }
        var needed = Set<String>()
        for path in written {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !needed.insert(String(folder)).inserted { break }
            }
        }
        // The top folder's folders are walked in parallel.
        let folders = needed
        let kept = removeStrays(in: "", written: written, needed: folders, descending: false)
        _ = Parallel.map(kept) { removeStrays(in: $0, written: written, needed: folders, descending: true) }
    }

    /// Removes what was not written in the folder `relative`; returns the folders to keep, which
    /// it has walked too when `descending`.
    @discardableResult
    private func removeStrays(in relative: String, written: Set<String>, needed: Set<String>, descending: Bool) -> [String] {
        var kept: [String] = []
        for (name, isFolder) in FileWriter.entries(of: relative.isEmpty ? folder : folder + "/" + relative) {
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolder && needed.contains(path) {
                kept.append(path)
                if descending { removeStrays(in: path, written: written, needed: needed, descending: true) }
            } else if isFolder || !written.contains(path) {
                FileWriter.removeTree(folder + "/" + path)
            }
        }
        return kept
    }
}
