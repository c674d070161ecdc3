import Foundation
@testable import TorvKit

extension MessageTriggers {
    /// `torv build --cache cache` twice; `between` changes the site folder after the first build.
    fileprivate static func buildTwice(
        options change: @escaping @Sendable (inout BuildOptions) -> Void = { _ in },
        between: @escaping @Sendable (TestSite) throws -> Void
    ) -> @Sendable (TestSite) throws -> [Diagnostic] {
        { site in
            var options = site.options
            options.today = LocalDate(iso: "2026-11-22")
            options.cache = site.root.appendingPathComponent("cache").path
            _ = SiteBuilder.run(options, write: true)
            try between(site)
            change(&options)
            return SiteBuilder.run(options, write: true).diagnostics
        }
    }

    fileprivate static func rewriteCache(_ site: TestSite, _ change: (inout [UInt8]) -> Void) throws {
        let url = site.root.appendingPathComponent("cache/\(DiskCache.fileName)")
        var bytes = [UInt8](try Data(contentsOf: url))
        change(&bytes)
        try Data(bytes).write(to: url)
    }

    static let cache: [MessageTrigger] = [
        MessageTrigger(
            entry: "buildCacheDamaged(file:)",
            run: buildTwice { site in try rewriteCache(site) { $0.removeLast(100) } },
            expected: "cache/torv-build-cache.bin: warning: build-cache",
            fragment: "is damaged or is not a Torv build cache"),
        MessageTrigger(
            entry: "buildCacheOtherVersion(file:version:)",
            run: buildTwice { site in
                try rewriteCache(site) { bytes in
                    // The version follows the magic (8 bytes), the format (4) and its length (4).
                    let length = Int(bytes[12]) | Int(bytes[13]) << 8
                    for i in 16..<16 + length { bytes[i] = UInt8(ascii: "7") }
                }
            },
            expected: "cache/torv-build-cache.bin: warning: build-cache",
            fragment: "was made by Torv 77777"),
        MessageTrigger(
            entry: "buildCacheOtherOptions(file:)",
            run: buildTwice(options: { $0.baseURL = "https://preview.example.dk/" }) { _ in },
            expected: "cache/torv-build-cache.bin: warning: build-cache",
            fragment: "was made with other options"),
        MessageTrigger(
            entry: "buildCacheNotRead(file:reason:)",
            run: buildTwice { site in
                // A folder where the cache file should be: it can be neither read nor replaced.
                try site.remove("cache/\(DiskCache.fileName)")
                try site.write("cache/\(DiskCache.fileName)/notes.txt", "mine\n")
            },
            expected: "cache/torv-build-cache.bin: warning: build-cache",
            fragment: "could not be read (not a file)"),
        MessageTrigger(
            entry: "buildCacheNotSaved(file:reason:)",
            run: buildTwice { site in
                try site.remove("cache/\(DiskCache.fileName)")
                try site.write("cache/\(DiskCache.fileName)/notes.txt", "mine\n")
            },
            expected: "cache/torv-build-cache.bin: warning: build-cache",
            fragment: "could not be saved"),
    ]
}
