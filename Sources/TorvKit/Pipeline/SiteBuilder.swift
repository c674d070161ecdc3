import Foundation

/// `torv build` and `torv check`: render the site, then (for build) publish it atomically.
public enum SiteBuilder {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var pagesPerLanguage: [(language: String, count: Int)]
        public var filesWritten: Int
        /// The options themselves are wrong (exit 2), e.g. an output folder that holds the content.
        public var isUsageError: Bool
        /// The next date on which the output changes by itself (for CI to build again then).
        public var nextChange: NextChange? = nil
        /// With `--cache`: the Markdown converted and the pages rendered in this build (the rest came from the cache).
        public var cacheStatistics: RenderCache.Statistics? = nil
        public var succeeded: Bool { !isUsageError && !diagnostics.contains { $0.severity == .error } }
    }

    /// Checks and renders everything; writes only when `write` is true and nothing is wrong.
    public static func run(_ options: BuildOptions, write: Bool) -> Result {
        if write, let problem = unsafeOutput(options) {
            return Result(diagnostics: [problem], pagesPerLanguage: [], filesWritten: 0, isUsageError: true)
        }
        guard write else {
            let rendered = SiteRenderer.render(options)
            return Result(diagnostics: rendered.diagnostics, pagesPerLanguage: rendered.pagesPerLanguage, filesWritten: 0, isUsageError: false,
                nextChange: rendered.nextChange)
        }
        // The pages are written into the hidden folder as they are rendered; it is swapped in only
        // when the whole build succeeded, and removed otherwise.
        let staging: Staging
        do { staging = try Publisher(output: options.output).stage() } catch {
            return Result(diagnostics: [error.diagnostic], pagesPerLanguage: [], filesWritten: 0, isUsageError: false)
        }
        // With `--cache`, what the last build made from the same inputs is reused (see `DiskCache`);
        // the file is read while the content loads.
        let cache = options.cache.map { DiskCache.startLoading(options, folder: $0) }
        let rendered = SiteRenderer.render(options, cache: cache, sink: staging)
        var result = Result(
            diagnostics: (cache?.finishRestoring() ?? []) + rendered.diagnostics, pagesPerLanguage: rendered.pagesPerLanguage,
            filesWritten: 0, isUsageError: false, nextChange: rendered.nextChange)
        result.cacheStatistics = cache?.lastStatistics
        guard let files = rendered.files else {
            staging.abandon()
            return result
        }
        // The new cache is written while the site is published (appended, or into a temporary file) and
        // kept only when the site was written: an append is cut back, a temporary file removed.
        let saving = options.cache.flatMap { folder in cache.flatMap { DiskCache.startSaving($0, options: options, folder: folder) } }
        do {
            let indexer = rendered.search.map { (SearchIndexer(program: SearchIndexer.locate(options.pagefind)), $0) }
            try staging.commit(files, finish: indexer.map { indexer, location in { indexer.index($0, at: location) } })
        } catch {
            saving?.discard()
            result.diagnostics.append(error.diagnostic)
            result.nextChange = nil
            return result
        }
        result.filesWritten = files.count + rendered.streamed.count + 1
        if let problem = saving?.finish() { result.diagnostics.append(problem) }
        // What the cache holds (every page's Markdown and HTML) takes tens of milliseconds to free:
        // it is emptied on another thread (nothing here uses it any more).
        if let cache { DeferredRelease.run { cache.removeAll() } }
        return result
    }

    /// The output folder must not be, contain or lie inside the content or templates folder,
    /// since it is replaced as a whole.
    static func unsafeOutput(_ options: BuildOptions) -> Diagnostic? {
        let output = canonical(options.output)
        if output == "/" || output == canonical(FileManager.default.homeDirectoryForCurrentUser.path) {
            return Diagnostic(.outputWholeFolder(output: options.output), at: SourceLocation(path: options.output))
        }
        for (name, folder) in [("content", options.content), ("templates", options.templates)] {
            let input = canonical(folder)
            if output == input || input.hasPrefix(output + "/") || output.hasPrefix(input + "/") {
                return Diagnostic(
                    .outputOverlaps(output: options.output, name: name, folder: folder), at: SourceLocation(path: options.output))
            }
        }
        if Publisher(output: options.output).checkReplaceable() != nil, FileManager.default.fileExists(atPath: options.output) {
            return Publisher(output: options.output).checkReplaceable()
        }
        return nil
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
