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
        let failed: Bool = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            var done = 0
            while done < buffer.count {
                let n = offset.map { pwrite(fd, base + done, buffer.count - done, off_t($0 + done)) }
                    ?? Glibc.write(fd, base + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return true }
                done += n
            }
            return false
        }
        if failed { throw FileWriter.Failure(path: path, reason: FileWriter.systemError()) }
    }
}
