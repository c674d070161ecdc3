/// FNV-1a: a small, stable hash, the same on every machine and run (unlike Swift's `Hasher`).
/// Used for cache keys, translation stamps and calendar ids.
struct StableHash: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// Adds a text and a separator, so ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ string: String) {
        // Straight over the text's bytes where they are contiguous (native strings): the same value, faster.
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { buffer in
            var hash = value
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            value = hash
        }
        if done == nil { add(bytes: string.utf8) }
        value = (value ^ 0xff) &* 0x100_0000_01b3
    }

    mutating func add(optional string: String?) {
        guard let string else { return add("\u{0}") }
        add(string)
    }

    mutating func add(_ number: Int) { add(String(number)) }
    mutating func add(_ other: UInt64) { add(String(other)) }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash = StableHash()
        hash.add(bytes: bytes)
        return hash.value
    }

    static func hex(_ value: UInt64, digits: Int = 16) -> String {
        let s = String(value, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - s.count)) + s).suffix(digits))
    }
}
