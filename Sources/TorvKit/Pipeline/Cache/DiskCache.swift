#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `torv build --cache DIR`: the build cache on disk, for CI. It keeps what `RenderCache` keeps
/// between `torv serve`'s builds that is a pure function of its key: converted Markdown (keyed by
/// the page's text and how it is converted) and rendered pages (keyed by the templates and
/// everything the page shows). So a build restores it, builds as `torv serve` does, and makes
/// only what a commit changed, with output identical to a build without it.
///
/// One file, `DIR/torv-build-cache.bin`:
///
///     magic "TORVBC" 0 1 · format (4 bytes) · Torv's version and the size of its executable (text, `ProgramIdentity`) · options fingerprint (8 bytes)
///     · checksum of the rest (8 bytes) · Markdown entries · page entries
///
/// each entry its id, its key and its value (`CacheEntries.swift`). A file that is cut short, fails
/// its checksum, or was made by another Torv or with other options is not used (a warning, and the
/// build starts from nothing). It is saved after a build that wrote the site, by writing a temporary
/// file and renaming it, so a build that stops halfway leaves the old cache whole.
enum DiskCache {
    static let fileName = "torv-build-cache.bin"
    static let magic: [UInt8] = [0x54, 0x4f, 0x52, 0x56, 0x42, 0x43, 0x00, 0x01]
    /// Bump when an entry's layout or the meaning of a key changes.
    static let format: UInt32 = 2

    enum Rejection: Error {
        case damaged
        case otherVersion(String)
        case otherOptions
    }

    static func file(in folder: String) -> String {
        folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
    }

    /// The options that decide what a page shows or how its files are named: the content and
    /// templates folders (links keep the place they were written at), the base address and drafts.
    /// Not the output folder: nothing kept depends on it. Not the date: it reaches pages only through
    /// what they show, which is in every page's key, so a cache from yesterday is still used today.
    static func fingerprint(_ options: BuildOptions) -> UInt64 {
        var hash = StableHash()
        hash.add(options.content)
        hash.add(options.templates)
        hash.add(optional: options.baseURL)
        hash.add(options.includeDrafts ? 1 : 0)
        return hash.value
    }

    /// A `RenderCache` holding what the cache in `folder` keeps (an empty one, and a warning when the
    /// file is there but cannot be used, otherwise). It is filled on another thread while the build
    /// loads the content (reading and decoding the file takes a core for a third of a second at
    /// 10,000 pages); `RenderCache.finishRestoring` waits for it before the first stage that asks.
    static func startLoading(_ options: BuildOptions, folder: String) -> RenderCache {
        let cache = RenderCache()
        cache.restored = true
        let fingerprint = fingerprint(options)
        cache.pendingRestore = BackgroundWork(initial: Restored()) { read(folder: folder, fingerprint: fingerprint) }
        return cache
    }

    /// What a cache file held, or why it could not be used.
    struct Restored: Sendable {
        var markdown: Entries<MarkdownPage> = []
        var pages: Entries<RenderedPage> = []
        var intact = false
        var diagnostics: [Diagnostic] = []
    }

    private static func read(folder: String, fingerprint: UInt64) -> Restored {
        let path = file(in: folder)
        let at = SourceLocation(path: path)
        let bytes: [UInt8]
        switch FileReader.read(path) {
        case .missing: return Restored()
        case .failed(let reason): return Restored(diagnostics: [Diagnostic(.buildCacheNotRead(file: path, reason: reason), at: at)])
        case .read(let read): bytes = read
        }
        let message: Message
        switch Result(catching: { () throws(Rejection) in try decode(bytes, fingerprint: fingerprint) }) {
        case .success(let (markdown, pages)): return Restored(markdown: markdown, pages: pages, intact: true)
        case .failure(.damaged): message = .buildCacheDamaged(file: path)
        case .failure(.otherVersion(let version)): message = .buildCacheOtherVersion(file: path, version: version)
        case .failure(.otherOptions): message = .buildCacheOtherOptions(file: path)
        }
        return Restored(diagnostics: [Diagnostic(message, at: at)])
    }

    typealias Entries<Value> = [(id: String, key: UInt64, value: Value)]

    static func decode(_ bytes: [UInt8], fingerprint: UInt64) throws(Rejection) -> (Entries<MarkdownPage>, Entries<RenderedPage>) {
        var reader = CacheReader(bytes)
        do {
            guard Array(try reader.raw(magic.count)) == magic else { throw Rejection.damaged }
            let format = try reader.u32()
            let version = try reader.string()
            guard format == Self.format, version == ProgramIdentity.current else {
                throw Rejection.otherVersion(format == Self.format ? version : "\(version) (cache format \(format))")
            }
            guard try reader.u64() == fingerprint else { throw Rejection.otherOptions }
            let sum = try reader.u64()
            var checksum = CacheChecksum()
            checksum.add(bytes[reader.offset...])
            guard checksum.value == sum else { throw Rejection.damaged }
            func entries<Value: CacheEntry>(of _: Value.Type) throws(CacheReader.Truncated) -> [(id: String, key: UInt64, value: Value)] {
                try reader.list { reader throws(CacheReader.Truncated) in (try reader.string(), try reader.u64(), try Value.read(from: &reader)) }
            }
            let markdown = try entries(of: MarkdownPage.self)
            let pages = try entries(of: RenderedPage.self)
            guard reader.atEnd else { throw Rejection.damaged }
            return (markdown, pages)
        } catch let rejection as Rejection {
            throw rejection
        } catch {
            throw .damaged
        }
    }

    /// Writes what `cache` used in the build that just finished into `file`, in pieces of about a
    /// megabyte (the whole cache is never one more copy in memory); the checksum goes in last.
    static func write(_ cache: RenderCache, fingerprint: UInt64, to file: String) throws(FileWriter.Failure) {
        let output = try CacheFileOutput(creating: file)
        var header = CacheWriter()
        header.raw(magic)
        header.u32(format)
        header.string(ProgramIdentity.current)
        header.u64(fingerprint)
        let sumOffset = header.bytes.count
        header.u64(0)
        try output.write(header.bytes)
        var body = CacheWriter()
        var sum = CacheChecksum()
        func flush(atLeast size: Int) throws(FileWriter.Failure) {
            guard body.bytes.count >= size else { return }
            sum.add(body.bytes)
            try output.write(body.bytes)
            body.removeAll()
        }
        func writeEntries<Value: CacheEntry>(_ entries: [(id: String, key: UInt64, value: Value)]) throws(FileWriter.Failure) {
            body.u32(UInt32(entries.count))
            for entry in entries {
                body.string(entry.id)
                body.u64(entry.key)
                entry.value.write(to: &body)
                try flush(atLeast: 1 << 20)
            }
        }
        try writeEntries(cache.markdown.saved().filter { $0.value.diagnostics.isEmpty })
        try writeEntries(cache.pages.saved())
        try flush(atLeast: 0)
        var patch = CacheWriter()
        patch.u64(sum.value)
        try output.write(patch.bytes, at: sumOffset)
    }

    /// Saves what `cache` used into `folder` (made when missing), unless it is what was restored from
    /// there: writes it into a temporary file on another thread (while the site is published);
    /// `Saving.finish` puts it in place, `Saving.discard` removes it (a build that did not publish
    /// keeps the old cache). Nil when there is nothing new to save.
    static func startSaving(_ cache: RenderCache, options: BuildOptions, folder: String) -> Saving? {
        if cache.restoredIntact, !cache.markdown.changedInLastBuild, !cache.pages.changedInLastBuild { return nil }
        let path = file(in: folder)
        let temporary = "\(path).\(getpid()).tmp"
        let fingerprint = fingerprint(options)
        let written = BackgroundWork(initial: String?.none) { () -> String? in
            do throws(FileWriter.Failure) {
                try FileWriter.makeDirectories(folder)
                try write(cache, fingerprint: fingerprint, to: temporary)
                return nil
            } catch {
                return error.reason
            }
        }
        return Saving(path: path, temporary: temporary, written: written)
    }

    /// A cache file being written (`startSaving`).
    struct Saving {
        let path: String
        let temporary: String
        let written: BackgroundWork<String?>

        /// Waits for the file and renames it over the old cache; a warning when that failed.
        func finish() -> Diagnostic? {
            var failure = written.wait()
            if failure == nil, rename(temporary, path) != 0 { failure = FileWriter.systemError() }
            guard let reason = failure else { return nil }
            unlink(temporary)
            return Diagnostic(.buildCacheNotSaved(file: path, reason: reason), at: SourceLocation(path: path))
        }

        /// Waits for the file and removes it.
        func discard() {
            _ = written.wait()
            unlink(temporary)
        }
    }
}
