#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saving a build that changed a few entries (a one-page commit) by appending them to the cache
/// file it read, as one segment (`CacheFile`), instead of writing some hundred megabytes again.
/// Only when the file is still the one read (same device, inode, size and time; checked under an
/// exclusive `flock`), and while less than a third of the file's entries would be stale; otherwise
/// `DiskCache` writes the whole cache, which compacts it.
enum CacheAppend {
    /// Which file was read: a file replaced or written since is not appended to.
    struct Identity: Sendable, Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modified: Int

        init?(descriptor: Int32) {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return nil }
            self.init(info)
        }

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int(info.st_size)
            modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        }
    }

    /// The cache file a build restored: which file, and how many entries it holds, stale ones included.
    struct ReadFile: Sendable {
        var identity: Identity
        var records: Int
    }

    /// What a finished build would append.
    struct Plan: Sendable {
        let markdown: (changed: CacheFile.Entries<MarkdownPage>, dropped: [String])
        let pages: (changed: CacheFile.Entries<RenderedPage>, dropped: [String])
        let file: ReadFile

        /// Appends the segment when the file at `path` is still the one read; nil when it is not or
        /// writing failed (the file is then as it was, and the whole cache is written instead).
        func write(to path: String) -> Appended? {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            guard flock(descriptor, LOCK_EX) == 0, Identity(descriptor: descriptor) == file.identity else {
                close(descriptor)
                return nil
            }
            let body = CacheFile.body(
                markdown: markdown.changed, pages: pages.changed, dropped: (markdown: markdown.dropped, pages: pages.dropped))
            let appended = Appended(descriptor: descriptor, size: file.identity.size)
            guard FileWriter.writeAll(CacheFile.segment(body), to: descriptor, at: file.identity.size) else {
                appended.undo()
                return nil
            }
            return appended
        }
    }

    /// The segment that would keep the cache file up to date with `cache`'s last build; nil when a
    /// third or more of the file's entries would then be stale (write the whole cache instead).
    static func plan(_ cache: RenderCache, file: ReadFile) -> Plan? {
        let markdown = cache.markdown.changesSinceRestore(keep: DiskCache.keeps)
        let pages = cache.pages.changesSinceRestore { _ in true }
        let live = cache.markdown.count(keep: DiskCache.keeps) + cache.pages.count { _ in true }
        let records = file.records + markdown.changed.count + pages.changed.count
        guard (records - live) * 3 < records else { return nil }
        return Plan(markdown: markdown, pages: pages, file: file)
    }

    /// A segment appended to the cache file, which stays open and locked until it is kept or undone.
    struct Appended: Sendable {
        let descriptor: Int32
        /// The file's size before.
        let size: Int

        /// The build was published: the segment stays.
        func keep() { close(descriptor) }

        /// The build was not published: the file is cut back to what it was.
        func undo() {
            _ = ftruncate(descriptor, off_t(size))
            close(descriptor)
        }
    }
}
