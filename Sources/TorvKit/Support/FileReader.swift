import Glibc

/// Whole files read with plain POSIX calls (Foundation's `Data` would be copied again into bytes).
enum FileReader {
    enum ReadResult {
        case missing
        case failed(String)
        case read([UInt8])
    }

    /// The whole file, with plain POSIX calls.
    static func read(_ path: String) -> ReadResult {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT ? .missing : .failed(FileWriter.systemError()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failed(FileWriter.systemError()) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failed("not a file") }
        let size = Int(info.st_size)
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size, let base = buffer.baseAddress {
                let n = Glibc.read(fd, base + count, size - count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = FileWriter.systemError() }
                if n <= 0 { break }
                count += n
            }
        }
        if let failure { return .failed(failure) }
        return .read(bytes)
    }
}
