/// The layout of the build cache file (`DiskCache`):
///
///     header:  magic "TORVBC" 0 1 · format (4 bytes) · Torv's version and the size of its executable
///              (text, `ProgramIdentity`) · options fingerprint (8 bytes)
///     segment: length of its body (8 bytes) · checksum of its body (8 bytes) · body
///     body:    Markdown entries · page entries · ids of Markdown entries dropped · ids of pages dropped
///
/// A whole save writes one segment; a build that changed a few pages appends one with just those
/// (`CacheAppend`). Reading replays the segments in order: a later entry replaces an earlier one
/// with its id, a dropped id removes it. Each entry is its id, its key and its value
/// (`CacheEntries.swift`).
enum CacheFile {
    static let magic: [UInt8] = [0x54, 0x4f, 0x52, 0x56, 0x42, 0x43, 0x00, 0x01]
    /// Bump when an entry's layout or the meaning of a key changes.
    static let format: UInt32 = 3

    enum Rejection: Error {
        case damaged
        case otherVersion(String)
        case otherOptions
    }

    typealias Entries<Value> = [(id: String, key: UInt64, value: Value)]

    /// What a file holds once its segments are replayed, by id (as `Memo` keeps it).
    struct Contents {
        var markdown: [String: Memo<MarkdownPage>.Entry] = [:]
        var pages: [String: Memo<RenderedPage>.Entry] = [:]
        /// Entries written in the file, counting those a later segment replaced or dropped.
        var records = 0
    }

    static func header(fingerprint: UInt64) -> [UInt8] {
        var header = CacheWriter()
        header.raw(magic)
        header.u32(format)
        header.string(ProgramIdentity.current)
        header.u64(fingerprint)
        return header.bytes
    }

    /// One segment's body: entries to add or replace, and ids to drop.
    static func body(markdown: Entries<MarkdownPage>, pages: Entries<RenderedPage>, dropped: (markdown: [String], pages: [String])) -> [UInt8] {
        var body = CacheWriter()
        writeEntries(markdown, to: &body)
        writeEntries(pages, to: &body)
        writeDropped(dropped, to: &body)
        return body.bytes
    }

    /// The end of a body: the ids of the Markdown entries, then of the pages, no longer used.
    static func writeDropped(_ dropped: (markdown: [String], pages: [String]), to body: inout CacheWriter) {
        body.list(dropped.markdown) { $0.string($1) }
        body.list(dropped.pages) { $0.string($1) }
    }

    static func writeEntries<Value: CacheEntry>(_ entries: Entries<Value>, to body: inout CacheWriter) {
        body.u32(UInt32(entries.count))
        for entry in entries { writeEntry(entry, to: &body) }
    }

    static func writeEntry<Value: CacheEntry>(_ entry: (id: String, key: UInt64, value: Value), to body: inout CacheWriter) {
        body.string(entry.id)
        body.u64(entry.key)
        entry.value.write(to: &body)
    }

    /// A segment as it is appended: its length, its checksum and the body.
    static func segment(_ body: [UInt8]) -> [UInt8] {
        var sum = CacheChecksum()
        sum.add(body)
        var segment = CacheWriter()
        segment.u64(UInt64(body.count))
        segment.u64(sum.value)
        segment.raw(body)
        return segment.bytes
    }

    static func decode(_ bytes: CacheBytes, fingerprint: UInt64) throws(Rejection) -> Contents {
        var reader = CacheReader(bytes)
        do {
            guard Array(try reader.raw(magic.count)) == magic else { throw Rejection.damaged }
            let format = try reader.u32()
            let version = try reader.string()
            guard format == Self.format, version == ProgramIdentity.current else {
                throw Rejection.otherVersion(format == Self.format ? version : "\(version) (cache format \(format))")
            }
            guard try reader.u64() == fingerprint else { throw Rejection.otherOptions }
            var contents = Contents()
            guard !reader.atEnd else { throw Rejection.damaged }
            while !reader.atEnd {
                let length = try reader.u64()
                let sum = try reader.u64()
                guard length <= UInt64(Int.max) else { throw Rejection.damaged }
                let body = try reader.range(Int(length))
                var checksum = CacheChecksum()
                checksum.add(UnsafeRawBufferPointer(rebasing: bytes.buffer[body]))
                guard checksum.value == sum else { throw Rejection.damaged }
                var segment = CacheReader(bytes, range: body)
                contents.records += try replay(&segment, into: &contents.markdown)
                contents.records += try replay(&segment, into: &contents.pages)
                for id in try segment.list({ reader throws(CacheReader.Truncated) in try reader.string() }) { contents.markdown[id] = nil }
                for id in try segment.list({ reader throws(CacheReader.Truncated) in try reader.string() }) { contents.pages[id] = nil }
                guard segment.atEnd else { throw Rejection.damaged }
            }
            return contents
        } catch let rejection as Rejection {
            throw rejection
        } catch {
            throw .damaged
        }
    }

    /// Reads one list of entries into `values` (a later one replaces an earlier one); their number.
    private static func replay<Value: CacheEntry>(
        _ reader: inout CacheReader, into values: inout [String: Memo<Value>.Entry]
    ) throws(CacheReader.Truncated) -> Int {
        let count = Int(try reader.u32())
        values.reserveCapacity(values.count + min(count, (reader.end - reader.offset) / 16))
        for _ in 0..<count {
            let id = try reader.string()
            values[id] = Memo<Value>.Entry(key: try reader.u64(), value: try Value.read(from: &reader))
        }
        return count
    }
}
