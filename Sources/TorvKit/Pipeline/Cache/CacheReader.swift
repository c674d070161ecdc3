/// Reads what `CacheWriter` wrote. Every read checks that the bytes are there: a file cut short
/// throws `CacheReader.Truncated`, never reads past the end.
struct CacheReader {
    struct Truncated: Error {}

    /// What is read (kept alive by the reader).
    let storage: CacheBytes
    private(set) var offset: Int
    /// Where the part being read ends (a segment of the file: `CacheFile`).
    let end: Int

    init(_ bytes: [UInt8]) {
        self.init(CacheBytes(copying: bytes))
    }

    init(_ storage: CacheBytes) {
        self.init(storage, range: 0..<storage.buffer.count)
    }

    /// Reads `range` of `storage` only.
    init(_ storage: CacheBytes, range: Range<Int>) {
        self.storage = storage
        offset = range.lowerBound
        end = range.upperBound
    }

    var atEnd: Bool { offset == end }

    /// The next `count` bytes, valid while `storage` is.
    mutating func raw(_ count: Int) throws(Truncated) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= end - offset else { throw Truncated() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: storage.buffer[offset..<offset + count])
    }

    /// Where `raw` would read `count` bytes from, as a range of `storage` (for a nested reader).
    mutating func range(_ count: Int) throws(Truncated) -> Range<Int> {
        guard count >= 0, count <= end - offset else { throw Truncated() }
        defer { offset += count }
        return offset..<offset + count
    }

    mutating func u64() throws(Truncated) -> UInt64 {
        UInt64(littleEndian: try raw(8).loadUnaligned(as: UInt64.self))
    }

    mutating func u32() throws(Truncated) -> UInt32 {
        UInt32(littleEndian: try raw(4).loadUnaligned(as: UInt32.self))
    }

    mutating func int() throws(Truncated) -> Int { Int(truncatingIfNeeded: Int64(bitPattern: try u64())) }

    mutating func bool() throws(Truncated) -> Bool { try raw(1).first == 1 }

    mutating func data() throws(Truncated) -> [UInt8] { Array(try raw(Int(try u32()))) }

    mutating func string() throws(Truncated) -> String {
        let raw = try raw(Int(try u32()))
        return String(decoding: raw.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    /// A count, then that many elements read by `read`.
    mutating func list<Element>(_ read: (inout CacheReader) throws(Truncated) -> Element) throws(Truncated) -> [Element] {
        let count = Int(try u32())
        var elements: [Element] = []
        // The count is not trusted for the allocation: each element needs at least one byte.
        elements.reserveCapacity(min(count, end - offset))
        for _ in 0..<count { elements.append(try read(&self)) }
        return elements
    }
}
