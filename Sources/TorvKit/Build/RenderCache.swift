#if canImport(Glibc)
import Glibc
#endif

/// What an incremental build remembers between runs (`torv serve`): pages read, Markdown rendered,
/// pages rendered, and the data sections' output, each keyed by what it was made from. A rebuild
/// after editing one page's text reads that file, renders its Markdown and its HTML again, and
/// reuses everything else.
///
/// Used by one build at a time (the serve loop); the parallel phases only read it.
public final class RenderCache: @unchecked Sendable {
    struct Stamp: Hashable { var modified: Int; var size: Int }

    var pages: [String: (stamp: Stamp, page: PageSource?, diagnostics: [Diagnostic])] = [:]
    var dataStamps: [String: Stamp] = [:]
    var data: (content: ContentSet, diagnostics: [Diagnostic])?
    var markdown: [String: (hash: UInt64, page: MarkdownPage)] = [:]
    /// Pages read again in this build (their file changed); the others keep their cached results.
    var freshPages: Set<String> = []
    var html: [String: (key: UInt64, file: OutputFile, diagnostics: [Diagnostic])] = [:]
    var sections: (key: UInt64, files: [OutputFile])?
    /// sitemap.xml and robots.txt depend only on the site's structure.
    var sitemap: (key: UInt64, files: [OutputFile])?
    /// What the last build planned, for `PageTextEdit`; nil after a build that stopped early.
    var last: LastBuild?
    /// Work done in the last build, for measurements and tests.
    public private(set) var lastStatistics = Statistics()

    public struct Statistics: Sendable, Equatable {
        public var pagesRead = 0
        public var markdownRendered = 0
        public var pagesRendered = 0
        public var sectionsRendered = false
        /// The pages were made again from the last build's plan (`PageTextEdit`), not through the pipeline.
        public var pageTextEdit = false
    }

    public init() {}

    func resetStatistics() { lastStatistics = Statistics() }
    func markPageTextEdit() { lastStatistics.pageTextEdit = true }
    func count(read: Int = 0, markdown: Int = 0, rendered: Int = 0, sections: Bool = false) {
        lastStatistics.pagesRead += read
        lastStatistics.markdownRendered += markdown
        lastStatistics.pagesRendered += rendered
        if sections { lastStatistics.sectionsRendered = true }
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec), size: Int(info.st_size))
    }
}

/// A running FNV-1a hash over the values that decide an output.
struct InputHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ string: String) {
        for byte in string.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        value = (value ^ 0xff) &* 0x100_0000_01b3
    }

    mutating func add(_ number: Int) { add(String(number)) }
    mutating func add(_ other: UInt64) { add(String(other)) }
}
