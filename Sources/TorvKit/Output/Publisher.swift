import CTorvSystem
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Step 5 of the build: writes the site into a hidden folder beside the output and swaps it in
/// atomically, only once every file is written. A failed or killed build leaves the previous
/// output as it was; its leftovers are removed by the next build. A lock keeps two builds apart.
public struct Publisher: Sendable {
    /// The output folder as given (e.g. `site`).
    public let output: String
    /// A file Torv leaves in every output folder it builds, so it never replaces a folder it did not make.
    public static let marker = ".torv-build"

    /// When the output folder is a symbolic link (a deployment often points `site` at the folder a
    /// web server serves), the site is published into the link's target, atomically as always, and
    /// the link stays as it was.
    public init(output: String) {
        self.output = Self.followingLink(Self.normalised(output))
    }

    /// The folder a symbolic link at `path` leads to (also when it does not exist yet), else `path`.
    static func followingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return path }
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return path }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return normalised(target) }
        guard let slash = path.lastIndex(of: "/") else { return normalised(target) }
        return normalised(String(path[...slash]) + target)
    }

    /// `site/`, `./site/.` and `site//` all name `site`: a trailing `.` would make the folder
    /// impossible to swap. `..` is kept as written.
    static func normalised(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        if path.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    public struct Failure: Error, Sendable {
        public var diagnostic: Diagnostic
    }

    var parent: String {
        guard let slash = output.lastIndex(of: "/") else { return "." }
        return slash == output.startIndex ? "/" : String(output[..<slash])
    }

    var name: String {
        guard let slash = output.lastIndex(of: "/") else { return output }
        return String(output[output.index(after: slash)...])
    }

    var temporaryPrefix: String { ".\(name).torv-tmp-" }
    var lockPath: String { "\(parent)/.\(name).torv-lock" }

    /// Checks that replacing the output folder is safe, without touching anything.
    public func checkReplaceable() -> Diagnostic? {
        guard FileWriter.exists(output) else { return nil }
        guard FileWriter.isDirectory(output) else {
            return Diagnostic(.outputNotFolder(), at: SourceLocation(path: output))
        }
        if FileWriter.exists(output + "/" + Self.marker) { return nil }
        if Self.isEmptyDirectory(output) { return nil }
        return Diagnostic(.outputNotTorv(), at: SourceLocation(path: output))
    }

    /// Writes every file and swaps the result in. Throws with a diagnostic; the old output then stays as it was.
    /// `finish` runs on the written folder before the swap (the search index); a diagnostic from it
    /// stops the build, and the old output stays.
    public func publish(_ files: [OutputFile], finish: ((String) -> Diagnostic?)? = nil) throws(Failure) {
        if parent != "." && parent != "/" {
            do { try FileWriter.makeDirectories(parent) } catch { throw fail(.outputFolderNotCreated(folder: parent, reason: error.reason)) }
        }
        // The lock file is Torv's own: a symbolic link planted in its place is removed, never followed.
        var lockInfo = stat()
        if lstat(lockPath, &lockInfo) == 0, (lockInfo.st_mode & S_IFMT) == S_IFLNK { unlink(lockPath) }
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard lock >= 0 else { throw fail(.outputLockNotCreated(lockFile: lockPath, reason: FileWriter.systemError())) }
        defer { close(lock) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            throw fail(.outputLocked())
        }
        removeLeftovers()
        if let problem = checkReplaceable() { throw Failure(diagnostic: problem) }

        let temporary = "\(parent)/\(temporaryPrefix)\(getpid())"
        FileWriter.removeTree(temporary)
        do {
            try write(files, into: temporary)
        } catch {
            FileWriter.removeTree(temporary)
            // Named as it will be in the output folder, not in the hidden folder it was written to.
            let file = error.path.hasPrefix(temporary + "/") ? output + error.path.dropFirst(temporary.count) : error.path
            throw fail(.outputFileNotWritten(file: file, reason: error.reason))
        }
        if let finish, let problem = finish(temporary) {
            FileWriter.removeTree(temporary)
            throw Failure(diagnostic: problem)
        }

        if FileWriter.exists(output) {
            if torv_rename_exchange(temporary, output) == 0 {
                discardPrevious(temporary, fileCount: files.count)  // it now holds the previous site
                return
            }
            // No atomic exchange on this file system: move the old site aside, then the new one in.
            let old = "\(parent)/\(temporaryPrefix)old-\(getpid())"
            guard rename(output, old) == 0 else {
                FileWriter.removeTree(temporary)
                throw fail(.outputNotMoved(previousSite: true, reason: FileWriter.systemError()))
            }
            guard rename(temporary, output) == 0 else {
                let reason = FileWriter.systemError()
                _ = rename(old, output)
                FileWriter.removeTree(temporary)
                throw fail(.outputNotMoved(previousSite: false, reason: reason))
            }
            FileWriter.removeTree(old)
        } else {
            guard rename(temporary, output) == 0 else {
                let reason = FileWriter.systemError()
                FileWriter.removeTree(temporary)
                throw fail(.outputNotMoved(previousSite: false, reason: reason))
            }
        }
    }

    /// Removes the previous site after the swap. A large one is first renamed `.<output>.torv-old-<pid>`
    /// and removed by a separate `rm` process, so the build does not wait for the file system
    /// (deleting ten thousand files takes many seconds on a disk mounted with `discard`); what it has
    /// not removed when the next build starts, that build removes.
    func discardPrevious(_ folder: String, fileCount: Int) {
        let old = "\(parent)/\(oldPrefix)\(getpid())"
        guard fileCount >= Self.backgroundRemovalThreshold, rename(folder, old) == 0, FileWriter.removeInBackground(old) else {
            FileWriter.removeTree(FileWriter.exists(folder) ? folder : old)
            return
        }
    }

    /// From this many files on, the previous site is removed in the background.
    static let backgroundRemovalThreshold = 500
    var oldPrefix: String { ".\(name).torv-old-" }

    /// Folders left by builds that were killed (their names start with `.<output>.torv-tmp-`), and
    /// previous sites whose removal did not finish (`.<output>.torv-old-`).
    func removeLeftovers() {
        guard let dir = opendir(parent) else { return }
        var leftovers: [String] = []
        while let entry = readdir(dir) {
            let entryName = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if entryName.hasPrefix(temporaryPrefix) || entryName.hasPrefix(oldPrefix) { leftovers.append(entryName) }
        }
        closedir(dir)
        for leftover in leftovers { FileWriter.removeTree("\(parent)/\(leftover)") }
    }

    private func write(_ files: [OutputFile], into root: String) throws(FileWriter.Failure) {
        try FileWriter.makeDirectories(root)
        var folders = Set<String>()
        for file in files {
            var path = file.path
            while let slash = path.lastIndex(of: "/") {
                path = String(path[..<slash])
                if !folders.insert(path).inserted { break }
            }
        }
        for folder in folders.sorted() {
            try FileWriter.makeDirectories(root + "/" + folder)
        }
        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do throws(FileWriter.Failure) {
                try FileWriter.write(files[index].bytes, to: root + "/" + files[index].path)
            } catch {
                failures.record(error)
            }
        }
        if let failure = failures.first { throw failure }
        try FileWriter.write(Array("This folder was built by Torv and is replaced on every build.\n".utf8), to: root + "/" + Self.marker)
    }

    private func fail(_ message: Message) -> Failure {
        Failure(diagnostic: Diagnostic(message, at: SourceLocation(path: output)))
    }

    static func isEmptyDirectory(_ path: String) -> Bool {
        guard let dir = opendir(path) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let entryName = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if entryName != "." && entryName != ".." { return false }
        }
        return true
    }
}

private final class FailureBox: @unchecked Sendable {
    private let lock = NSLockish()
    private var failure: FileWriter.Failure?

    func record(_ error: FileWriter.Failure) {
        lock.withLock { if failure == nil { failure = error } }
    }

    var first: FileWriter.Failure? { lock.withLock { failure } }
}

/// A pthread mutex, so this file needs no Foundation.
private final class NSLockish: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}
