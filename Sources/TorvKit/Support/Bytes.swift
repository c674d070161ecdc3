import Glibc

/// Searching UTF-8 bytes, for the passes that scan whole pages (they run on every build).
enum Bytes {
    /// The index (in the slice's base) of the first occurrence of `needle` in `haystack`, or nil.
    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            guard let next = haystack[i...last].firstIndex(of: first) else { return nil }
            if haystack[next..<(next + needle.count)].elementsEqual(needle) { return next }
            i = next + 1
        }
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? { find(needle, in: haystack[...]) }

    /// The index of the first occurrence of `needle` in `haystack` (counted from its start), or nil.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        let last = haystack.count - needle.count
        var i = 0
        // memchr finds each place the first byte occurs; only there are the others compared.
        while i <= last, let found = index(of: first, in: haystack, from: i, to: last + 1) {
            var k = 1
            while k < needle.count && haystack[found + k] == needle[k] { k += 1 }
            if k == needle.count { return found }
            i = found + 1
        }
        return nil
    }

    /// The index of the first `byte` in `bytes[start..<end]` (`end` defaults to the end), or nil;
    /// `memchr`, which reads many bytes at a time.
    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
}

extension StringProtocol {
    /// The first (or with `last`, the last) place where `needle` occurs, compared byte by byte in
    /// UTF-8: for the ASCII markers Torv looks for, without Foundation's slower search.
    func utf8Range(of needle: String, last: Bool = false) -> Range<Index>? {
        let bytes = Array(needle.utf8)
        let view = utf8
        guard !bytes.isEmpty, bytes.count <= view.count else { return nil }
        var match: Range<Index>?
        var index = view.startIndex
        while let start = view[index...].firstIndex(of: bytes[0]) {
            guard let end = view.index(start, offsetBy: bytes.count, limitedBy: view.endIndex) else { break }
            if view[start..<end].elementsEqual(bytes) {
                match = start..<end
                if !last { break }
            }
            index = view.index(after: start)
        }
        return match
    }
}

extension String {
    /// The index of the first `byte` in the text's UTF-8 (`utf8.firstIndex(of:)`, with memchr where
    /// the bytes are contiguous: the generic search went byte by byte through the index type).
    func utf8Index(of byte: UInt8) -> String.Index? {
        let offset = utf8.withContiguousStorageIfAvailable { buffer -> Int? in
            guard let base = buffer.baseAddress, !buffer.isEmpty, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        guard let offset else { return utf8.firstIndex(of: byte) }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// Whether the text's UTF-8 holds `byte`: memchr on the bytes where they are contiguous (the
    /// generic `utf8.contains` steps through them one at a time).
    func containsByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
        return found ?? utf8.contains(byte)
    }
}
