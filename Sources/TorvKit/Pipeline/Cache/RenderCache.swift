#if canImport(Glibc)
import Glibc
#endif

/// What an incremental build remembers between runs (`torv serve`): files read, Markdown converted
/// and pages rendered, each keyed by what it was made from. The stages ask it through `Memo`:
/// Markdown by the page's text, a page's HTML by its whole view (so a page is made again exactly
/// when something it shows changed). Pipeline code never reads the cache's fields itself.
///
/// Used by one build at a time (the serve loop).
public final class RenderCache: @unchecked Sendable {
    struct Stamp: Hashable { var modified: Int; var size: Int }

    var pageFiles: [String: (stamp: Stamp, page: PageSource?, diagnostics: [Diagnostic])] = [:]
    var dataStamps: [String: Stamp] = [:]
    var data: (content: ContentSet, diagnostics: [Diagnostic])?
    /// Pages read again in this build (their file changed); the others keep their cached results.
    var freshPages: Set<String> = []
    /// Converted Markdown by the page file's path, keyed by its text.
    let markdown = Memo<MarkdownPage>()
    /// Rendered pages by output path, keyed by the page's view and the templates.
    let pages = Memo<RenderedPage>()
    /// Each raster image's variants by its path, keyed by the file's size and time (so `serve`
    /// neither reads nor hashes an unchanged photo again).
    let images = Memo<ImageStage.Processed>()
    /// Made for `torv build --cache` (`DiskCache`): its values are keyed completely, so a change of
    /// site.yaml or a data file does not make every page's Markdown be converted again.
    var restored = false
    /// The values were read from the cache file, whole (so it need not be saved when nothing changed).
    var restoredIntact = false
    /// The cache file they were read from, for appending this build's changes to it.
    var restoredFile: CacheAppend.ReadFile?
    /// The cache file being read on another thread (`DiskCache.startLoading`).
    var pendingRestore: BackgroundWork<DiskCache.Restored>?
    /// What reading the cache file found wrong with it (a warning), once it was read.
    private(set) var restoreDiagnostics: [Diagnostic] = []
    /// What the last build planned, for `PageTextEdit`; nil after a build that stopped early.
    var last: LastBuild?
    /// Work done in the last build, for measurements and tests.
    public private(set) var lastStatistics = Statistics()

    public struct Statistics: Sendable, Equatable {
        public var pagesRead = 0
        public var markdownRendered = 0
        public var pagesRendered = 0
        /// Some page a data section generates was rendered again.
        public var sectionsRendered = false
        /// The pages were made again from the last build's plan (`PageTextEdit`), not through the pipeline.
        public var pageTextEdit = false
        /// Raster images read and processed again (from the disk cache or encoded).
        public var imagesProcessed = 0
    }

    public init() {}

    /// Waits for the cache file being read (if any) and takes its values, as if the last build had
    /// made them; the warnings about the file (also kept in `restoreDiagnostics`).
    @discardableResult
    func finishRestoring() -> [Diagnostic] {
        guard let pending = pendingRestore else { return restoreDiagnostics }
        pendingRestore = nil
        let restored = pending.wait()
        markdown.restore(restored.markdown)
        pages.restore(restored.pages)
        restoredIntact = restored.intact
        restoredFile = restored.file
        restoreDiagnostics = restored.diagnostics
        return restoreDiagnostics
    }

    /// Forgets everything it holds (a one-off build that is done with it: `SiteBuilder` has this done
    /// on another thread, since freeing every page's Markdown and HTML takes tens of milliseconds).
    func removeAll() {
        markdown.removeAll()
        pages.removeAll()
        images.removeAll()
        last = nil
        pageFiles = [:]
        data = nil
    }

    func resetStatistics() { lastStatistics = Statistics() }
    func markPageTextEdit() { lastStatistics.pageTextEdit = true }
    func count(images: Int) { lastStatistics.imagesProcessed += images }
    func count(read: Int = 0, markdown: Int = 0, rendered: Int = 0, sections: Bool = false) {
        if sections { lastStatistics.sectionsRendered = true }
        lastStatistics.pagesRead += read
        lastStatistics.markdownRendered += markdown
        lastStatistics.pagesRendered += rendered
    }

    /// Ends a build: what it did not use is forgotten.
    func finishBuild() {
        markdown.finishBuild()
        pages.finishBuild()
        images.finishBuild()
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec), size: Int(info.st_size))
    }
}
