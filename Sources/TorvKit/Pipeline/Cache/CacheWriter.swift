/// Bytes of the build cache file (`DiskCache`): numbers little-endian, texts and byte strings as
/// their length (4 bytes) and their bytes. `CacheReader` reads them back.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ more: some Collection<UInt8>) { bytes.append(contentsOf: more) }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) { u64(UInt64(bitPattern: Int64(value))) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func data(_ value: [UInt8]) {
        u32(UInt32(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func string(_ value: String) {
        u32(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    /// A count, then each element as `write` puts it.
    mutating func list<Element>(_ elements: [Element], _ write: (inout CacheWriter, Element) -> Void) {
        u32(UInt32(elements.count))
        for element in elements { write(&self, element) }
    }

    /// Empties the buffer, keeping its memory (`DiskCache` writes a file in pieces).
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
