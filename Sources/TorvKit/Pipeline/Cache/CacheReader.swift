/// Reads what `CacheWriter` wrote. Every read checks that the bytes are there: a file cut short
/// throws `CacheReader.Truncated`, never reads past the end.
struct CacheReader {
    struct Truncated: Error {}

    let bytes: [UInt8]
    private(set) var offset: Int
    /// Where the part being read ends (a segment of the file: `CacheFile`).
    let end: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        offset = 0
        end = bytes.count
    }

    /// Reads `range` of `bytes` only (without copying them).
    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    var atEnd: Bool { offset == end }

    mutating func raw(_ count: Int) throws(Truncated) -> ArraySlice<UInt8> {
        guard count >= 0, count <= end - offset else { throw Truncated() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func u64() throws(Truncated) -> UInt64 {
        let slice = try raw(8)
        var value: UInt64 = 0
        for (shift, byte) in slice.enumerated() { value |= UInt64(byte) << (8 * shift) }
        return value
    }

    mutating func u32() throws(Truncated) -> UInt32 {
        let slice = try raw(4)
        var value: UInt32 = 0
        for (shift, byte) in slice.enumerated() { value |= UInt32(byte) << (8 * shift) }
        return value
    }

    mutating func int() throws(Truncated) -> Int { Int(truncatingIfNeeded: Int64(bitPattern: try u64())) }

    mutating func bool() throws(Truncated) -> Bool { try raw(1).first == 1 }

    mutating func data() throws(Truncated) -> [UInt8] { Array(try raw(Int(try u32()))) }

    mutating func string() throws(Truncated) -> String { String(decoding: try raw(Int(try u32())), as: UTF8.self) }

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
