#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files with plain POSIX calls. Foundation's writers call fsync for every file on Linux,
/// which makes writing thousands of pages several times slower; the atomic swap of the whole output
/// folder (see `Publisher`) is what keeps the published site consistent.
enum FileWriter {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func systemError() -> String { String(cString: strerror(errno)) }

    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: systemError()) }
        defer { close(fd) }
        guard writeAll(bytes, to: fd) else { throw Failure(path: path, reason: systemError()) }
    }

    /// Writes all of `bytes` to an open file, at its position or from `offset` (`pwrite`), going on
    /// after a short write or an interrupted call; false on failure (`errno` says why).
    static func writeAll(_ bytes: [UInt8], to fd: Int32, at offset: Int? = nil) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var done = 0
            while done < buffer.count {
                let n = offset.map { pwrite(fd, base + done, buffer.count - done, off_t($0 + done)) }
                    ?? Glibc.write(fd, base + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
    }

    /// Creates a folder and its parents (like `mkdir -p`).
    static func makeDirectories(_ path: String) throws(Failure) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw Failure(path: current, reason: systemError())
            }
        }
    }

    /// Deletes a folder and everything in it. Does not follow symbolic links.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in names(in: path) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// Starts `rm -rf -- path` as a process of its own and does not wait for it. Its standard input
    /// and output are `/dev/null`, so a pipe reading Torv's output is not held open by it.
    /// False when it could not start.
    static func removeInBackground(_ path: String) -> Bool {
        var actions = posix_spawn_file_actions_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { return false }
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var pid = pid_t()
        let arguments = ["rm", "-rf", "--", path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        return posix_spawnp(&pid, "rm", &actions, nil, &argv, environ) == 0
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` is a regular file (not a link) holding exactly `bytes`.
    static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        // Read without zeroing first, compared with memcmp (`==` on arrays goes byte by byte).
        var complete = true
        let existing = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = 0
            while count < bytes.count, let base = buffer.baseAddress {
                let n = read(fd, base + count, bytes.count - count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                count += n
            }
            complete = count == bytes.count
        }
        guard complete else { return false }
        return existing.withUnsafeBytes { old in
            bytes.withUnsafeBytes { new in
                guard old.count == new.count else { return false }
                guard let a = old.baseAddress, let b = new.baseAddress else { return true }
                return memcmp(a, b, old.count) == 0
            }
        }
    }

    /// Whether `path` is a folder itself (not a link to one).
    static func isRealDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in a folder, and whether each is a folder itself (links are not): from the entry's
    /// type where the file system gives it, else from `lstat`.
    static func entries(of path: String) -> [(name: String, isFolder: Bool)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != "." && name != ".." else { continue }
            let type = entry.pointee.d_type
            let isFolder = type == UInt8(DT_UNKNOWN) ? isRealDirectory(path + "/" + name) : type == UInt8(DT_DIR)
            entries.append((name, isFolder))
        }
        return entries
    }

    /// The names in a folder, without `.` and `..`; nil when it cannot be opened.
    static func names(in path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
