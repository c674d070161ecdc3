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
/// One file, `DIR/torv-build-cache.bin`, laid out as `CacheFile` says. A file that is cut short,
/// fails a checksum, or was made by another Torv or with other options is not used (a warning, and
/// the build starts from nothing). It is saved after a build that wrote the site:
/// - when the build changed a few entries, by appending a segment with just those to the file it
///   read (`CacheAppend`; cut back if the site could not be published);
/// - otherwise, or when a third of the file's entries would be stale, by writing the whole cache
///   into a temporary file and renaming it, so a build that stops halfway leaves the old cache whole.
///
/// A build killed while it appends leaves a segment cut short: the next build warns and starts
/// from nothing. An appended entry is never wrong for a later build: each is keyed by what it was
/// made from.
enum DiskCache {
    static let fileName = "torv-build-cache.bin"

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
    /// loads the content (mapping and decoding the file takes a core for about 0.2 s at
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
        var markdown: [String: Memo<MarkdownPage>.Entry] = [:]
        var pages: [String: Memo<RenderedPage>.Entry] = [:]
        var intact = false
        var diagnostics: [Diagnostic] = []
        /// The file as it was read, for appending to it.
        var file: CacheAppend.ReadFile?
    }

    private static func read(folder: String, fingerprint: UInt64) -> Restored {
        let path = file(in: folder)
        let at = SourceLocation(path: path)
        let bytes: CacheBytes
        switch CacheBytes.map(path) {
        case .missing: return Restored()
        case .failed(let reason): return Restored(diagnostics: [Diagnostic(.buildCacheNotRead(file: path, reason: reason), at: at)])
        case .mapped(let mapped): bytes = mapped
        }
        let message: Message
        switch Result(catching: { () throws(CacheFile.Rejection) in try CacheFile.decode(bytes, fingerprint: fingerprint) }) {
        case .success(let contents):
            let file = bytes.identity.map { CacheAppend.ReadFile(identity: $0, records: contents.records) }
            return Restored(markdown: contents.markdown, pages: contents.pages, intact: true, file: file)
        case .failure(.damaged): message = .buildCacheDamaged(file: path)
        case .failure(.otherVersion(let version)): message = .buildCacheOtherVersion(file: path, version: version)
        case .failure(.otherOptions): message = .buildCacheOtherOptions(file: path)
        }
        return Restored(diagnostics: [Diagnostic(message, at: at)])
    }

    /// Writes what `cache` used in the build that just finished into `file`, as one segment, in
    /// pieces of about a megabyte (the whole cache is never one more copy in memory); the
    /// segment's length and checksum go in last.
    static func write(_ cache: RenderCache, fingerprint: UInt64, to file: String) throws(FileWriter.Failure) {
        let output = try CacheFileOutput(creating: file)
        let header = CacheFile.header(fingerprint: fingerprint)
        try output.write(header + [UInt8](repeating: 0, count: 16))
        var body = CacheWriter()
        var sum = CacheChecksum()
        var length = 0
        func flush(atLeast size: Int) throws(FileWriter.Failure) {
            guard body.bytes.count >= size else { return }
            sum.add(body.bytes)
            length += body.bytes.count
            try output.write(body.bytes)
            body.removeAll()
        }
        func writeEntries<Value: CacheEntry>(_ entries: CacheFile.Entries<Value>) throws(FileWriter.Failure) {
            body.u32(UInt32(entries.count))
            for entry in entries {
                CacheFile.writeEntry(entry, to: &body)
                try flush(atLeast: 1 << 20)
            }
        }
        try writeEntries(saved(cache.markdown))
        try writeEntries(cache.pages.saved())
        CacheFile.writeDropped((markdown: [], pages: []), to: &body)
        try flush(atLeast: 0)
        var patch = CacheWriter()
        patch.u64(UInt64(length))
        patch.u64(sum.value)
        try output.write(patch.bytes, at: header.count)
    }

    /// The converted Markdown the cache keeps: a page's diagnostics are made again, never stored.
    static func keeps(_ markdown: MarkdownPage) -> Bool { markdown.diagnostics.isEmpty }

    static func saved(_ memo: Memo<MarkdownPage>) -> CacheFile.Entries<MarkdownPage> { memo.saved().filter { keeps($0.value) } }

    /// Saves what `cache` used into `folder` (made when missing), unless it is what was restored from
    /// there, on another thread (while the site is published): appended to the file it was read
    /// from when few entries changed, otherwise written whole into a temporary file. `Saving.finish`
    /// puts it in place, `Saving.discard` undoes it (a build that did not publish keeps the old
    /// cache). Nil when there is nothing new to save.
    static func startSaving(_ cache: RenderCache, options: BuildOptions, folder: String) -> Saving? {
        if cache.restoredIntact, !cache.markdown.changedInLastBuild, !cache.pages.changedInLastBuild { return nil }
        let path = file(in: folder)
        let temporary = "\(path).\(getpid()).tmp"
        let fingerprint = fingerprint(options)
        let file = cache.restoredIntact ? cache.restoredFile : nil
        let written = BackgroundWork(initial: Saving.Outcome.failed("")) { () -> Saving.Outcome in
            if let append = file.flatMap({ CacheAppend.plan(cache, file: $0) }), let appended = append.write(to: path) {
                return .appended(appended)
            }
            do throws(FileWriter.Failure) {
                try FileWriter.makeDirectories(folder)
                try write(cache, fingerprint: fingerprint, to: temporary)
                return .whole
            } catch {
                return .failed(error.reason)
            }
        }
        return Saving(path: path, temporary: temporary, written: written)
    }

    /// A cache file being written (`startSaving`).
    struct Saving {
        enum Outcome: Sendable {
            /// The whole cache is in the temporary file.
            case whole
            /// A segment was appended to the file (which is still open and locked).
            case appended(CacheAppend.Appended)
            case failed(String)
        }

        let path: String
        let temporary: String
        let written: BackgroundWork<Outcome>

        /// Waits for the file and puts it in place; a warning when that failed.
        func finish() -> Diagnostic? {
            var failure: String?
            switch written.wait() {
            case .appended(let appended): appended.keep()
            case .whole: if rename(temporary, path) != 0 { failure = FileWriter.systemError() }
            case .failed(let reason): failure = reason
            }
            guard let reason = failure else { return nil }
            unlink(temporary)
            return Diagnostic(.buildCacheNotSaved(file: path, reason: reason), at: SourceLocation(path: path))
        }

        /// Waits for the file and undoes what was written.
        func discard() {
            switch written.wait() {
            case .appended(let appended): appended.undo()
            case .whole, .failed: unlink(temporary)
            }
        }
    }
}
