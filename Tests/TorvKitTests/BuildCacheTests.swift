import Foundation
import Testing
@testable import TorvKit
#if canImport(Glibc)
import Glibc
#endif

/// `torv build --cache DIR` (`DiskCache`): after an edit, a build that restores the cache writes
/// exactly the files a build without it writes, and makes again only what the edit reached. A
/// damaged or foreign cache is not used: a warning, and the same output as a cold build.
@Suite struct BuildCacheTests {
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var from: String
        var to: String
        /// A page that shows the new value, and the text it must contain.
        var page: String
        var shows: String
        /// Whether every page's Markdown must be reused (the edit is not in a page's text).
        var keepsAllMarkdown: Bool
        var testDescription: String { name }
    }

    static let edits: [Edit] = [
        Edit(name: "page text", file: "content/strategi/handlinger.da.md", from: "Tilbage til [strategien]",
             to: "Gå tilbage til [strategien]", page: "strategi/handlinger/index.html", shows: "Gå tilbage til", keepsAllMarkdown: false),
        Edit(name: "page title", file: "content/strategi/handlinger.da.md", from: "title: Handlinger", to: "title: Seks handlinger",
             page: "strategi/index.html", shows: "Seks handlinger", keepsAllMarkdown: false),
        Edit(name: "data file", file: "content/catalogue/cafe.yaml", from: "name: Café Ø", to: "name: Café Øst",
             page: "historier/cafe/index.html", shows: "Café Øst", keepsAllMarkdown: true),
        Edit(name: "template", file: "templates/base.mustache", from: "<a class=\"skip-link\" href=\"#main\">",
             to: "<a class=\"skip-link\" data-edited href=\"#main\">", page: "strategi/index.html", shows: "data-edited",
             keepsAllMarkdown: true),
        Edit(name: "UI string", file: "content/i18n/da.yaml", from: "skip_to_content: Gå til indhold",
             to: "skip_to_content: Gå direkte til indholdet", page: "katalog/cafe/index.html", shows: "Gå direkte til indholdet",
             keepsAllMarkdown: true),
    ]

    static func options(_ site: TestSite) -> BuildOptions {
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        options.cache = site.root.appendingPathComponent("cache").path
        return options
    }

    static func cacheFile(_ site: TestSite) -> String { DiskCache.file(in: options(site).cache ?? "") }

    /// Builds without the cache into the same output folder: the files and diagnostics a cold build gives.
    static func coldBuild(_ options: BuildOptions, _ site: TestSite) -> (result: SiteBuilder.Result, files: [String: Data]) {
        var cold = options
        cold.cache = nil
        let result = SiteBuilder.run(cold, write: true)
        return (result, site.outputSnapshot())
    }

    static func differing(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    @Test(arguments: edits)
    func aCachedBuildAfterAnEditEqualsAColdBuild(_ edit: Edit) throws {
        let site = try TestSite(SectionsFixture.files)
        let options = Self.options(site)
        let first = SiteBuilder.run(options, write: true)
        #expect(first.succeeded, "\(site.lines(first))")
        let total = try #require(first.cacheStatistics)
        #expect(total.markdownRendered > 10 && total.pagesRendered == total.markdownRendered)
        #expect(FileManager.default.fileExists(atPath: Self.cacheFile(site)))

        let text = try String(contentsOf: site.root.appendingPathComponent(edit.file), encoding: .utf8)
        try #require(text.contains(edit.from), "the fixture has changed: \(edit.file) no longer says \(edit.from)")
        try site.write(edit.file, text.replacingOccurrences(of: edit.from, with: edit.to))

        let warm = SiteBuilder.run(options, write: true)
        let warmFiles = site.outputSnapshot()
        let cold = Self.coldBuild(options, site)
        #expect(warm.succeeded && cold.result.succeeded)
        #expect(warmFiles.count > 20)
        #expect(Self.differing(warmFiles, cold.files) == [], "the cached build differs from a cold build")
        #expect(warm.diagnostics == cold.result.diagnostics)
        #expect(String(decoding: warmFiles[edit.page] ?? Data(), as: UTF8.self).contains(edit.shows))
        let statistics = try #require(warm.cacheStatistics)
        // The cache was used: not every page's Markdown was converted again.
        #expect(statistics.markdownRendered <= (edit.keepsAllMarkdown ? 0 : 1))
        if edit.name == "page text" { #expect(statistics.pagesRendered == 1) }
    }

    /// Builds once with the cache, lets `spoil` change the cache file, builds again: the second build
    /// must warn with `entry`, make every page again and write what a cold build writes.
    func spoiledCacheIsNotUsed(entry: String, spoil: (inout [UInt8]) -> Void, change: (inout BuildOptions) -> Void = { _ in }) throws {
        let site = try TestSite(SectionsFixture.files)
        var options = Self.options(site)
        let first = SiteBuilder.run(options, write: true)
        let total = try #require(first.cacheStatistics)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.cacheFile(site))))
        spoil(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: Self.cacheFile(site)))
        change(&options)

        let warm = SiteBuilder.run(options, write: true)
        let warmFiles = site.outputSnapshot()
        let cold = Self.coldBuild(options, site)
        #expect(warm.diagnostics.map(\.entry) == [entry] + cold.result.diagnostics.map(\.entry), "\(site.lines(warm))")
        #expect(warm.diagnostics.first?.severity == .warning)
        #expect(warm.succeeded)
        #expect(Self.differing(warmFiles, cold.files) == [])
        #expect(warm.cacheStatistics?.markdownRendered == total.markdownRendered)
        // The build saved a good cache in its place.
        let again = SiteBuilder.run(options, write: true)
        #expect(again.diagnostics == cold.result.diagnostics)
        #expect(again.cacheStatistics?.markdownRendered == 0)
    }

    @Test func aTruncatedCacheIsNotUsed() throws {
        try spoiledCacheIsNotUsed(entry: "buildCacheDamaged(file:)") { $0.removeLast($0.count / 2) }
    }

    @Test func aCacheWithAChangedByteIsNotUsed() throws {
        try spoiledCacheIsNotUsed(entry: "buildCacheDamaged(file:)") { $0[$0.count / 2] ^= 0x20 }
    }

    @Test func aFileThatIsNoTorvCacheIsNotUsed() throws {
        try spoiledCacheIsNotUsed(entry: "buildCacheDamaged(file:)") { $0 = Array("<html>not a cache</html>\n".utf8) }
    }

    @Test func aCacheOfAnotherTorvIsNotUsed() throws {
        // The version follows the magic (8 bytes), the format (4) and its length (4).
        try spoiledCacheIsNotUsed(entry: "buildCacheOtherVersion(file:version:)") { bytes in
            let length = Int(bytes[12]) | Int(bytes[13]) << 8
            for i in 16..<16 + length { bytes[i] = UInt8(ascii: "7") }
        }
    }

    /// The Torv that made a cache is named by its version and its executable's size, so another
    /// build of Torv with the same version number is (nearly always) another Torv.
    @Test func theCacheNamesTheTorvThatMadeItByVersionAndSize() throws {
        let identity = ProgramIdentity.current
        #expect(identity.hasPrefix(TorvInfo.version + "+"))
        let size = try #require(Int(identity.dropFirst(TorvInfo.version.count + 1)))
        #expect(size > 100_000)
    }

    @Test func aCacheMadeWithOtherOptionsIsNotUsed() throws {
        try spoiledCacheIsNotUsed(entry: "buildCacheOtherOptions(file:)", spoil: { _ in }) { options in
            options.baseURL = "https://preview.example.dk/"
        }
    }

    /// A build that made nothing again leaves the cache file as it was (not even rewritten).
    @Test func anUnchangedSiteLeavesTheCacheFileAlone() throws {
        let site = try TestSite(SectionsFixture.files)
        let options = Self.options(site)
        #expect(SiteBuilder.run(options, write: true).succeeded)
        var before = stat()
        stat(Self.cacheFile(site), &before)
        let again = SiteBuilder.run(options, write: true)
        var after = stat()
        stat(Self.cacheFile(site), &after)
        #expect(again.cacheStatistics?.markdownRendered == 0 && again.cacheStatistics?.pagesRendered == 0)
        #expect(before.st_ino == after.st_ino)
    }

    /// A commit that changes a page's text appends its entries to the file the build read (same
    /// inode, the old bytes untouched); the next builds read the appended segments back and still
    /// write what a cold build writes. A change that makes most entries stale (a template) writes
    /// the whole cache anew, and a segment cut short makes the cache unusable, as any damage does.
    @Test func fewChangesAreAppendedAndReadBack() throws {
        let site = try TestSite(SectionsFixture.files)
        let options = Self.options(site)
        #expect(SiteBuilder.run(options, write: true).succeeded)
        func file() throws -> (inode: UInt64, bytes: [UInt8]) {
            var info = stat()
            stat(Self.cacheFile(site), &info)
            return (UInt64(info.st_ino), [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.cacheFile(site)))))
        }
        func edit(_ path: String, _ from: String, _ to: String) throws {
            let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
            try #require(text.contains(from), "the fixture has changed: \(path) no longer says \(from)")
            try site.write(path, text.replacingOccurrences(of: from, with: to))
        }
        func expectCold(_ warm: SiteBuilder.Result, converted: Int) {
            let warmFiles = site.outputSnapshot()
            let cold = Self.coldBuild(options, site)
            #expect(warm.succeeded && Self.differing(warmFiles, cold.files) == [])
            #expect(warm.diagnostics == cold.result.diagnostics)
            #expect(warm.cacheStatistics?.markdownRendered == converted)
        }
        let original = try file()
        try edit("content/strategi/handlinger.da.md", "Tilbage til [strategien]", "Gå tilbage til [strategien]")
        expectCold(SiteBuilder.run(options, write: true), converted: 1)
        let once = try file()
        #expect(once.inode == original.inode && once.bytes.starts(with: original.bytes) && once.bytes.count > original.bytes.count)
        #expect(once.bytes.count - original.bytes.count < original.bytes.count / 4)
        try edit("content/strategi/handlinger.da.md", "Gå tilbage til [strategien]", "Gå nu tilbage til [strategien]")
        expectCold(SiteBuilder.run(options, write: true), converted: 1)
        let twice = try file()
        #expect(twice.inode == original.inode && twice.bytes.starts(with: once.bytes))
        // The appended segments come back: nothing is converted or rendered again.
        let again = SiteBuilder.run(options, write: true)
        #expect(again.cacheStatistics?.markdownRendered == 0 && again.cacheStatistics?.pagesRendered == 0)

        try edit("templates/base.mustache", "<a class=\"skip-link\" href=\"#main\">", "<a class=\"skip-link\" data-edited href=\"#main\">")
        expectCold(SiteBuilder.run(options, write: true), converted: 0)
        let rewritten = try file()
        #expect(rewritten.inode != original.inode && rewritten.bytes.count < twice.bytes.count)

        try edit("content/strategi/handlinger.da.md", "Gå nu tilbage til [strategien]", "Tilbage til [strategien]")
        expectCold(SiteBuilder.run(options, write: true), converted: 1)
        let appended = try file()
        #expect(appended.bytes.count > rewritten.bytes.count)
        try Data(appended.bytes.dropLast(3)).write(to: URL(fileURLWithPath: Self.cacheFile(site)))
        let damaged = SiteBuilder.run(options, write: true)
        #expect(damaged.diagnostics.first?.entry == "buildCacheDamaged(file:)")
        #expect(damaged.succeeded && (damaged.cacheStatistics?.markdownRendered ?? 0) > 10)
    }

    /// `torv check` neither reads nor writes the cache.
    @Test func checkDoesNotUseTheCache() throws {
        let site = try TestSite(SectionsFixture.files)
        let result = SiteBuilder.run(Self.options(site), write: false)
        #expect(result.succeeded && result.cacheStatistics == nil)
        #expect(!FileManager.default.fileExists(atPath: Self.cacheFile(site)))
    }

    @Test func convertedMarkdownComesBackAsItWasSaved() throws {
        var page = MarkdownPage(
            html: Array("<h2 id=\"maal\">Mål</h2>\n<p><a href=\"torv-link:0\">x</a></p>\n".utf8),
            headings: [.init(level: 2, text: "Mål", id: "maal")],
            pendingLinks: [.init(destination: "index.da.md#maal", isImage: false, location: SourceLocation(path: "a.da.md", line: 3, column: 7))],
            diagnostics: [])
        page.glossaryTerms = ["cvr", "social-economy"]
        var writer = CacheWriter()
        page.write(to: &writer)
        var reader = CacheReader(writer.bytes)
        let read = try MarkdownPage.read(from: &reader)
        #expect(reader.atEnd)
        #expect(read.html == page.html && read.headings == page.headings && read.glossaryTerms == page.glossaryTerms)
        #expect(read.pendingLinks.map(\.destination) == ["index.da.md#maal"])
        #expect(read.pendingLinks.map(\.location) == [SourceLocation(path: "a.da.md", line: 3, column: 7)])
        // Cut short anywhere, it throws rather than reading past the end.
        for length in [0, 5, writer.bytes.count - 1] {
            var short = CacheReader(Array(writer.bytes.prefix(length)))
            #expect(throws: CacheReader.Truncated.self) { try MarkdownPage.read(from: &short) }
        }
    }

    /// A page comes back with what it loads from other hosts, so the privacy check need not read it again.
    @Test func aRenderedPageComesBackWithWhatItLoads() throws {
        let file = OutputFile(path: "da/om/index.html", text: "<img src=\"https://tracker.example/p.gif\" alt=\"\">")
        let page = RenderedPage(file: file, resources: PageResources(file: file))
        #expect(page.resources.remote.map(\.url) == ["https://tracker.example/p.gif"])
        var writer = CacheWriter()
        page.write(to: &writer)
        var reader = CacheReader(writer.bytes)
        let read = try RenderedPage.read(from: &reader)
        #expect(reader.atEnd)
        #expect(read.file.path == file.path && read.file.bytes == file.bytes && read.resources.path == file.path)
        #expect(read.resources.remote.map(\.tag) == ["img"] && read.resources.remote.map(\.url) == ["https://tracker.example/p.gif"])
        var short = CacheReader(Array(writer.bytes.dropLast()))
        #expect(throws: CacheReader.Truncated.self) { try RenderedPage.read(from: &short) }
    }

    /// Memo keys: texts are told apart however they are cut and whatever their length's remainder
    /// by 8; nil, an empty text and a number differ; the same input gives the same key every run.
    @Test func memoKeysTellInputsApart() {
        func key(_ build: (inout KeyHash) -> Void) -> UInt64 {
            var hash = KeyHash()
            build(&hash)
            return hash.value
        }
        #expect(key { $0.add("ab"); $0.add("c") } != key { $0.add("a"); $0.add("bc") })
        #expect(key { $0.add(optional: String?.none) } != key { $0.add("") })
        #expect(key { $0.add("") } != key { _ in })
        #expect(key { $0.add(optional: Int?.none) } != key { $0.add(optional: 0) })
        #expect(key { $0.add(true) } != key { $0.add(false) })
        #expect(key { $0.add("Råd og dåd"); $0.add(7) } == 0xbd36_9904_201a_764e, "the same on every machine and run: the build cache keeps keys")
        // Every one-byte change of texts from 0 to 40 bytes changes the key, and no two of them collide.
        let text = Array("Socialøkonomiske virksomheder i Danmark..".utf8)
        var seen = Set<UInt64>()
        var count = 0
        for length in 0...40 {
            let base = Array(text.prefix(length))
            seen.insert(key { hash in base.withUnsafeBytes { hash.add($0) } })
            count += 1
            for position in 0..<length {
                var changed = base
                changed[position] ^= 0x20
                seen.insert(key { hash in changed.withUnsafeBytes { hash.add($0) } })
                count += 1
            }
        }
        #expect(seen.count == count)
        #expect(key { $0.add(String(decoding: text, as: UTF8.self)) } == key { hash in text.withUnsafeBytes { hash.add($0) } })
    }

    /// The checksum is the same however the bytes are cut into pieces, and a changed byte changes it.
    @Test func theChecksumDoesNotDependOnHowTheFileIsCut() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 / 7) }
        var whole = CacheChecksum()
        whole.add(bytes)
        for cuts in [[1, 31, 32, 33, 500], [64, 65, 999], [0, 0, 17]] {
            var pieces = CacheChecksum()
            var start = 0
            for cut in cuts + [bytes.count] {
                pieces.add(bytes[start..<max(start, cut)])
                start = max(start, cut)
            }
            #expect(pieces.value == whole.value, "cut at \(cuts)")
        }
        for position in [0, 31, 500, 999] {
            var changed = bytes
            changed[position] ^= 1
            var other = CacheChecksum()
            other.add(changed)
            #expect(other.value != whole.value)
        }
    }

    /// The command line: the summary says what the cache saved; a cache folder inside a folder Torv
    /// reads or replaces, or a file, is a usage error (exit 2).
    @Test func theCommandLineReportsTheCacheAndRefusesOverlappingFolders() throws {
        try #require(FileManager.default.isExecutableFile(atPath: ProgramRun.torv.path), "build the torv executable first")
        let site = try TestSite()
        try site.write("notes.txt", "a file\n")
        func run(_ cache: String) throws -> (Int32, String) {
            try ProgramRun.run(ProgramRun.torv, ["build", "--today", "2026-11-22", "--cache", cache], in: site.root)
        }
        for wrong in ["site", "site/cache", "content/.cache", "templates", "notes.txt"] {
            #expect(try run(wrong).0 == 2, "--cache \(wrong)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site").path))
        let first = try run(".torv-cache")
        #expect(first.0 == 0)
        #expect(first.1.contains("pages rendered)"), "\(first.1)")
        let second = try run(".torv-cache")
        #expect(second.0 == 0)
        #expect(second.1.contains("(cache: Markdown of 0 pages converted, 0 pages rendered)"), "\(second.1)")
    }
}
