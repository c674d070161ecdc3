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
        let staging = try stage()
        try staging.commit(files, finish: finish)
    }

    /// Takes the lock, removes what killed builds left and opens the hidden folder the new site is
    /// written into (see `Staging`). The lock is held until the staging is committed or abandoned.
    func stage() throws(Failure) -> Staging {
        if parent != "." && parent != "/" {
            do { try FileWriter.makeDirectories(parent) } catch { throw fail(.outputFolderNotCreated(folder: parent, reason: error.reason)) }
        }
        // The lock file is Torv's own: a symbolic link planted in its place is removed, never followed.
        var lockInfo = stat()
        if lstat(lockPath, &lockInfo) == 0, (lockInfo.st_mode & S_IFMT) == S_IFLNK { unlink(lockPath) }
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard lock >= 0 else { throw fail(.outputLockNotCreated(lockFile: lockPath, reason: FileWriter.systemError())) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            close(lock)
            throw fail(.outputLocked())
        }
        removeLeftovers()
        if let problem = checkReplaceable() {
            close(lock)
            throw Failure(diagnostic: problem)
        }
        let temporary = "\(parent)/\(temporaryPrefix)\(getpid())"
        FileWriter.removeTree(temporary)
        let reusing = takeSpare(as: temporary)
        if !reusing {
            do { try FileWriter.makeDirectories(temporary) } catch {
                close(lock)
                throw fail(.outputFileNotWritten(file: output, reason: error.reason))
            }
        }
        return Staging(publisher: self, folder: temporary, lock: lock, reusing: reusing)
    }

    /// The previous site, kept after a swap (`.<output>.torv-spare`): the next build writes into it,
    /// leaving files whose bytes are unchanged as they are, instead of creating every file again.
    var sparePath: String { "\(parent)/.\(name).torv-spare" }

    /// Moves the spare (a folder Torv built: it has the marker) to `temporary`; false when there is none.
    private func takeSpare(as temporary: String) -> Bool {
        var info = stat()
        guard lstat(sparePath, &info) == 0 else { return false }
        guard (info.st_mode & S_IFMT) == S_IFDIR, FileWriter.exists(sparePath + "/" + Self.marker), rename(sparePath, temporary) == 0 else {
            FileWriter.removeTree(sparePath)
            return false
        }
        return true
    }

    /// Swaps the written folder in for the output folder (atomically where the file system can).
    func swap(in temporary: String, fileCount: Int) throws(Failure) {
        if FileWriter.exists(output) {
            if torv_rename_exchange(temporary, output) == 0 {
                discardPrevious(temporary, fileCount: fileCount)  // it now holds the previous site
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

    /// Keeps the previous site after the swap as the spare the next build writes into (see
    /// `sparePath`). Where that fails, removes it: a large one is first renamed `.<output>.torv-old-<pid>`
    /// and removed by a separate `rm` process, so the build does not wait for the file system
    /// (deleting ten thousand files takes many seconds on a disk mounted with `discard`); what it has
    /// not removed when the next build starts, that build removes.
    func discardPrevious(_ folder: String, fileCount: Int) {
        FileWriter.removeTree(sparePath)
        if rename(folder, sparePath) == 0 { return }
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
        let (temporary, old) = (temporaryPrefix, oldPrefix)
        let leftovers = (FileWriter.names(in: parent) ?? []).filter { $0.hasPrefix(temporary) || $0.hasPrefix(old) }
        for leftover in leftovers { FileWriter.removeTree("\(parent)/\(leftover)") }
    }

    func fail(_ message: Message) -> Failure {
        Failure(diagnostic: Diagnostic(message, at: SourceLocation(path: output)))
    }

    static func isEmptyDirectory(_ path: String) -> Bool {
        FileWriter.names(in: path)?.isEmpty ?? false
    }
}
