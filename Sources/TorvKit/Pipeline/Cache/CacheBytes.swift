#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes a `CacheReader` reads: the build cache file mapped into memory (read by the kernel
/// in one go, neither copied into an array nor faulted in page by page), or a copy of an array.
/// A mapped file is held under a shared `flock` until it is released, so a Torv appending to it
/// (`CacheAppend`, under an exclusive lock) never cuts it short under the reader.
final class CacheBytes: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    /// Which file was mapped (from the same descriptor, under the lock), for appending to it later.
    private(set) var identity: CacheAppend.Identity?
    private let descriptor: Int32
    private let mapped: Bool

    enum Mapping {
        case missing
        case failed(String)
        case mapped(CacheBytes)
    }

    init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
        buffer = UnsafeRawBufferPointer(memory)
        descriptor = -1
        mapped = false
    }

    private init(buffer: UnsafeRawBufferPointer, descriptor: Int32) {
        self.buffer = buffer
        self.descriptor = descriptor
        mapped = true
    }

    /// The file at `path`, mapped read-only (an empty file is an empty copy).
    static func map(_ path: String) -> Mapping {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno == ENOENT ? .missing : .failed(FileWriter.systemError()) }
        // The lock is a courtesy between Torvs: where the file system has no `flock`, the file is read anyway.
        _ = flock(descriptor, LOCK_SH)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = FileWriter.systemError()
            close(descriptor)
            return .failed(reason)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return .failed("not a file")
        }
        let size = Int(info.st_size)
        guard size > 0 else {
            close(descriptor)
            let empty = CacheBytes(copying: [])
            empty.identity = CacheAppend.Identity(info)
            return .mapped(empty)
        }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else {
            let reason = FileWriter.systemError()
            close(descriptor)
            return .failed(reason)
        }
        let mapped = CacheBytes(buffer: UnsafeRawBufferPointer(start: address, count: size), descriptor: descriptor)
        mapped.identity = CacheAppend.Identity(info)
        return .mapped(mapped)
    }

    deinit {
        if mapped {
            if let base = buffer.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), buffer.count) }
            close(descriptor)
        } else {
            buffer.deallocate()
        }
    }
}
