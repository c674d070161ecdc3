/// The build cache file's checksum (`DiskCache`), fed in pieces of any size: four lanes of 8-byte
/// words, each step `(h ^ word) * prime` and a rotation (a bijection of `h`, so a changed word always
/// changes its lane), then the length and the last bytes. The same bytes give the same value however
/// they are cut; fast enough for a cache of some hundred megabytes.
struct CacheChecksum {
    private static let prime: UInt64 = 0x100_0000_01b3
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x9e37_79b9_7f4a_7c15
    private var c: UInt64 = 0xc2b2_ae3d_27d4_eb4f
    private var d: UInt64 = 0x1656_67b1_9e37_79f9
    /// Bytes that do not yet fill a block of 32.
    private var pending: [UInt8] = []
    private var count = 0

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }
    mutating func add(_ bytes: ArraySlice<UInt8>) { bytes.withUnsafeBytes { add($0) } }

    mutating func add(_ raw: UnsafeRawBufferPointer) {
        count += raw.count
        var offset = 0
        if !pending.isEmpty {
            offset = min(32 - pending.count, raw.count)
            pending += raw[0..<offset]
            guard pending.count == 32 else { return }
            let block = pending
            pending = []
            block.withUnsafeBytes { blocks($0) }
        }
        let whole = (raw.count - offset) / 32 * 32
        blocks(UnsafeRawBufferPointer(rebasing: raw[offset..<offset + whole]))
        pending = Array(raw[(offset + whole)...])
    }

    /// Folds every 32-byte block of `raw` (whose length is a multiple of 32) into the lanes.
    private mutating func blocks(_ raw: UnsafeRawBufferPointer) {
        func step(_ h: inout UInt64, _ at: Int) {
            let mixed = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))) &* Self.prime
            h = (mixed << 29) | (mixed >> 35)
        }
        var offset = 0
        while offset + 32 <= raw.count {
            step(&a, offset)
            step(&b, offset + 8)
            step(&c, offset + 16)
            step(&d, offset + 24)
            offset += 32
        }
    }

    var value: UInt64 {
        var hash = StableHash()
        for lane in [a, b, c, d] { hash.add(lane) }
        hash.add(count)
        hash.add(bytes: pending)
        return hash.value
    }
}
