/// The keys of the build's memos (`Memo`: a page's text, its view, the templates): what a value was
/// made from, compared with what it is made from now. It takes a text 8 bytes at a time, where
/// `StableHash` (FNV-1a) takes one byte at a time and was a tenth of a cached build's time.
///
/// Each step is `h = mix((h ^ word) &* prime)` with `mix(x) = x ^ (x >> 32)`: both parts are
/// bijections of `h`, so two inputs that differ in one word always give different states, and the
/// rest of the input cannot make them equal again. Every text starts with its length (its top bit
/// set, which no other word of a view's fields has where a text may stand), so ("ab", "c") and
/// ("a", "bc") differ and nil differs from every text. The same on every machine and run, so the build cache on disk can keep
/// keys; never written into the site (calendar ids, translation stamps and image names keep `StableHash`).
struct KeyHash: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x9e37_79b9_7f4a_7c15

    private mutating func step(_ word: UInt64) {
        let mixed = (value ^ word) &* Self.prime
        value = mixed ^ (mixed >> 32)
    }

    /// Adds a text, after its length.
    mutating func add(_ string: String) {
        var string = string
        string.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Adds bytes, after their count.
    mutating func add(_ raw: UnsafeRawBufferPointer) {
        step(UInt64(raw.count) | 0x8000_0000_0000_0000)
        var offset = 0
        while offset + 8 <= raw.count {
            step(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        guard offset < raw.count else { return }
        var tail: UInt64 = 0
        for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
        step(tail)
    }

    mutating func add(optional string: String?) {
        guard let string else { return step(0x4e55_4c4c) }
        add(string)
    }

    mutating func add(_ number: Int) { step(UInt64(bitPattern: Int64(number))) }
    mutating func add(_ number: UInt64) { step(number) }

    mutating func add(optional number: Int?) {
        guard let number else { return step(0x4e55_4c4c) }
        step(1)
        add(number)
    }

    mutating func add(_ flag: Bool) { step(flag ? 0x5452_5545 : 0x4641_4c53) }
}
