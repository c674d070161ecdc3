#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written in pieces with plain POSIX calls (no fsync: the build cache is written to a
/// temporary name and renamed, and a file cut short by a crash fails its checksum).
struct CacheFileOutput: ~Copyable {
    let path: String
    private let fd: Int32

    init(creating path: String) throws(FileWriter.Failure) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileWriter.Failure(path: path, reason: FileWriter.systemError()) }
    }

    deinit { close(fd) }

    func write(_ bytes: [UInt8]) throws(FileWriter.Failure) {
        try write(bytes, at: nil)
    }

    /// Writes `bytes` at the end, or over the file's bytes from `offset`.
    func write(_ bytes: [UInt8], at offset: Int?) throws(FileWriter.Failure) {
        guard FileWriter.writeAll(bytes, to: fd, at: offset) else { throw FileWriter.Failure(path: path, reason: FileWriter.systemError()) }
    }
}
