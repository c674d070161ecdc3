import Glibc
import Synchronization

/// The text of a `SourceFile` and its line index, shared by every copy of the file. A one-off build
/// releases a page's text once the page is converted (`ConvertStage`) or rendered (`StreamStage`), or
/// past the Markdown limit as soon as it is read (`HeldText`), so memory does not grow with the site's
/// text; whatever asks for it later (a message's excerpt, a conversion, or the render stage converting
/// the page again) reads the file again. The text read again is used only when it is
/// the text read first (same length and hash); otherwise it counts as empty and `changed` is set,
/// so the build reports the file instead of publishing a page that was never checked.
final class SourceText: Sendable {
    struct Loaded: Sendable {
        var text: String
        /// Offsets (in UTF-8 bytes of `text`) where each line starts.
        var lineStarts: [Int]
        /// Whether each line holds a byte outside ASCII (only then do byte and character columns differ).
        var nonASCII: [Bool]
    }

    private struct State: Sendable {
        var loaded: Loaded?
        /// Length and hash of the text, kept while it is released.
        var fingerprint: (count: Int, hash: UInt64)?
        var changed = false
        var reads = 0
    }

    private let state: Mutex<State>

    init(_ text: String) {
        state = Mutex(State(loaded: Self.index(text)))
    }

    /// The text and its index, read from `path` again if released.
    func loaded(path: String) -> Loaded {
        state.withLock { state in
            if let loaded = state.loaded { return loaded }
            let loaded = Self.index(reread(path: path, state: &state))
            state.loaded = loaded
            return loaded
        }
    }

    /// Drops the text (keeping its length and hash) until it is asked for again.
    func release() {
        state.withLock { state in
            guard let loaded = state.loaded else { return }
            if state.fingerprint == nil {
                state.fingerprint = (loaded.text.utf8.count, Self.hash(loaded.text))
            }
            state.loaded = nil
        }
    }

    /// Whether the file read again was not the file read first (or could not be read).
    var changed: Bool { state.withLock { $0.changed } }

    /// How many times the text was read again after a release (for tests).
    var rereads: Int { state.withLock { $0.reads } }

    private func reread(path: String, state: inout State) -> String {
        state.reads += 1
        guard case .read(let bytes) = FileReader.read(path),
              let text = SourceFile.decode(bytes, path: path).0?.text,
              let fingerprint = state.fingerprint,
              text.utf8.count == fingerprint.count, Self.hash(text) == fingerprint.hash
        else {
            state.changed = true
            return ""
        }
        return text
    }

    /// A fast 64-bit hash of the text's bytes, 32 at a time in four lanes: only ever compared within this
    /// process, to tell whether a file read again is the file read first.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            var offset = 0
            // Four lanes of 8 bytes each, mixed independently (each mix waits for the one before it
            // in its lane only), then into one.
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (hash, hash &+ 1, hash &+ 2, hash &+ 3)
            while offset + 32 <= raw.count {
                lanes.0 = mix(lanes.0 ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = mix(lanes.1 ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = mix(lanes.2 ^ raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = mix(lanes.3 ^ raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            hash = mix(mix(mix(mix(hash ^ lanes.0) ^ lanes.1) ^ lanes.2) ^ lanes.3)
            while offset + 8 <= raw.count {
                hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            while offset < raw.count {
                tail = tail << 8 | UInt64(raw[offset])
                offset += 1
            }
            return mix(hash ^ tail)
        }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 31)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 29)
    }

    static func index(_ text: String) -> Loaded {
        var starts = [0]
        var nonASCII: [Bool] = []
        var contiguous = text
        contiguous.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            while start <= bytes.count {
                let rest = bytes.count - start
                let newline = rest == 0 ? nil : memchr(base + start, 0x0A, rest)
                let end = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
                nonASCII.append(!isASCII(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                guard newline != nil else { break }
                start = end + 1
                starts.append(start)
            }
        }
        if nonASCII.isEmpty { nonASCII.append(false) }
        return Loaded(text: contiguous, lineStarts: starts, nonASCII: nonASCII)
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < raw.count {
            high |= UInt64(raw[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
