import Foundation

/// The site as `torv serve` holds it: built in memory (nothing is written to disk), rebuilt
/// incrementally when a file changes, with a version number the browsers wait on.
public actor PreviewSite {
    public let options: BuildOptions
    private let cache = RenderCache()
    private(set) var files: [String: [UInt8]] = [:]
    /// The diagnostics of the last build when it had errors; the browser shows them instead of pages.
    private(set) var failure: [Diagnostic]?
    public private(set) var version = 0
    private var waiters: [UUID: CheckedContinuation<Int, Never>] = [:]
    private var fingerprint: [String: RenderCache.Stamp] = [:]
    /// False after a full build with errors: `files` is then older than the cache, and only a full
    /// build may replace it.
    private var filesMatchCache = false
    /// Set with `--drafts`: the banner every page shows.
    private var draftBanner: DraftBanner?

    public struct Report: Sendable {
        public var version: Int
        public var milliseconds: Double
        public var statistics: RenderCache.Statistics
        public var diagnostics: [Diagnostic]
        public var succeeded: Bool
    }

    public init(options: BuildOptions) {
        var options = options
        options.previewOnly = true
        self.options = options
    }

    /// Builds (incrementally after the first time) and wakes every waiting browser.
    /// `changedPages` (paths inside `content/`) are the only files that changed since the last
    /// build, when that is known; if only their text changed, only they are made again.
    @discardableResult
    public func rebuild(changedPages: [String]? = nil) -> Report {
        let start = DispatchTime.now()
        let diagnostics: [Diagnostic]
        let succeeded: Bool
        if filesMatchCache, let changedPages,
           let edit = PageTextEdit.apply(changed: changedPages, options: options, cache: cache) {
            for file in edit.files { files[file.path] = file.bytes }
            diagnostics = edit.diagnostics
            succeeded = edit.succeeded
        } else {
            let output = SiteRenderer.render(options, cache: cache)
            if let built = output.files {
                files = Dictionary(uniqueKeysWithValues: built.map { ($0.path, $0.bytes) })
            }
            filesMatchCache = output.files != nil
            draftBanner = output.draftBanner
            diagnostics = output.diagnostics
            succeeded = output.files != nil
        }
        failure = succeeded ? nil : diagnostics.filter { $0.severity == .error }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        version += 1
        for continuation in waiters.values { continuation.resume(returning: version) }
        waiters = [:]
        return Report(version: version, milliseconds: milliseconds, statistics: cache.lastStatistics,
            diagnostics: diagnostics, succeeded: succeeded)
    }

    /// Rebuilds when a file in content/ or templates/ was added, removed or changed since the last look.
    public func rebuildIfChanged() -> Report? {
        let now = Self.scan([options.content, options.templates])
        guard now != fingerprint else { return nil }
        let changed = Self.changedPages(from: fingerprint, to: now, content: options.content)
        fingerprint = now
        return rebuild(changedPages: changed)
    }

    /// Rebuilds after the watcher saw `changes`, looking at the files it named only. A name that
    /// came and went (an editor's temporary file) or is hidden changes nothing; anything else the
    /// last look did not know (a new file, a folder, a deleted file) takes a full look, like polling.
    public func rebuildIfChanged(_ changes: InotifyWatcher.Changes) -> Report? {
        if changes.needsRescan { return rebuildIfChanged() }
        var now = fingerprint
        for path in changes.paths where !Self.isHidden(path, roots: [options.content, options.templates]) {
            let stamp = RenderCache.stamp(path)
            switch (now[path], stamp) {
            case (nil, nil): continue
            case (.some, .some(let stamp)): now[path] = stamp
            default: return rebuildIfChanged()
            }
        }
        guard now != fingerprint else { return nil }
        let changed = Self.changedPages(from: fingerprint, to: now, content: options.content)
        fingerprint = now
        return rebuild(changedPages: changed)
    }

    /// True for a path with a part starting with `.` below one of `roots`: the build never reads it.
    static func isHidden(_ path: String, roots: [String]) -> Bool {
        guard let root = roots.first(where: { path.hasPrefix($0 + "/") }) else { return false }
        return path.dropFirst(root.count + 1).split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// The Markdown pages in `content` whose stamps differ, or nil when anything else changed
    /// (a file added or removed, a data file, a template).
    static func changedPages(
        from old: [String: RenderCache.Stamp], to new: [String: RenderCache.Stamp], content: String
    ) -> [String]? {
        guard old.count == new.count else { return nil }
        let prefix = content + "/"
        var pages: [String] = []
        for (path, stamp) in new where old[path] != stamp {
            guard old[path] != nil, path.hasPrefix(prefix), path.hasSuffix(".md") else { return nil }
            pages.append(String(path.dropFirst(prefix.count)))
        }
        return pages.sorted()
    }

    /// Remembers the files as they are now (after the first build).
    public func takeFingerprint() {
        fingerprint = Self.scan([options.content, options.templates])
    }

    /// Waits until the site's version is above `after`, or `timeout` seconds pass; returns the version.
    public func waitForChange(after: Int, timeout: Double = 25) async -> Int {
        if version > after { return version }
        let id = UUID()
        return await withCheckedContinuation { continuation in
            waiters[id] = continuation
            Task {
                try? await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                self.expire(id)
            }
        }
    }

    private func expire(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: version)
    }

    func response(for path: String) -> (status: Int, type: String, body: [UInt8]) {
        if let failure {
            return (500, "text/html; charset=utf-8", Array(ErrorPage.html(failure, version: version).utf8))
        }
        if let bytes = files[path] { return (200, ContentTypes.type(for: path), inject(bytes, path: path)) }
        // A language's own 404 page below its folder (`de/404.html`), else the default language's.
        let folder = path.split(separator: "/", maxSplits: 1).first.map { String($0) + "/" } ?? ""
        let notFound = path.contains("/") && files[folder + "404.html"] != nil ? folder + "404.html" : "404.html"
        return (404, "text/html; charset=utf-8", inject(files[notFound] ?? Array("Not found".utf8), path: notFound))
    }

    func has(_ path: String) -> Bool { files[path] != nil }

    /// The live-reload script goes into served HTML only, never into `torv build` output.
    private func inject(_ bytes: [UInt8], path: String) -> [UInt8] {
        guard path.hasSuffix(".html"), let end = Bytes.find(Array("</body>".utf8), in: bytes) else { return bytes }
        if let draftBanner {
            return draftBanner.insert(into: Array(bytes[..<end]) + Array(LiveReload.script(version: version).utf8) + Array(bytes[end...]), path: path)
        }
        return Array(bytes[..<end]) + Array(LiveReload.script(version: version).utf8) + Array(bytes[end...])
    }

    static func scan(_ roots: [String]) -> [String: RenderCache.Stamp] {
        var result: [String: RenderCache.Stamp] = [:]
        for root in roots {
            var skipped: [Diagnostic] = []
            let directory = ContentDirectory(root: root)
            for path in directory.listFiles(diagnostics: &skipped) {
                result[root + "/" + path] = RenderCache.stamp(directory.absolutePath(path))
            }
            // What the walk reports and skips (a link out of the folder or in a loop, a folder it
            // cannot read) counts too: adding one must rebuild, so the browser shows the build's error.
            for path in skipped.compactMap(\.location?.path) where result[path] == nil {
                var info = stat()
                result[path] = lstat(path, &info) == 0
                    ? RenderCache.Stamp(modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec), size: Int(info.st_size))
                    : RenderCache.Stamp(modified: 0, size: -1)
            }
        }
        return result
    }
}
