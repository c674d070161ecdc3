import Foundation

/// Encoded variants kept between builds, by the original's content hash, in `.torv-cache/images/`
/// beside the output folder (`torv serve` uses the same folder), so an unchanged photo is never
/// encoded twice. A damaged or missing cache file is simply made again.
struct ImageCache: Sendable {
    /// Nil: no cache (every variant is encoded).
    let folder: String?

    /// `site` → `.torv-cache/images`; `/tmp/x/site` → `/tmp/x/.torv-cache/images`.
    init(output: String) {
        let parent = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent().path
        folder = parent + "/.torv-cache/images"
    }

    init(folder: String?) { self.folder = folder }

    /// Changes whenever the encoding settings change, so old cache files are not reused.
    static let settings = "torv-images-2 webp75 jpeg82 png9 strip"

    /// The cache's name for one variant of an original.
    static func key(original: [UInt8], width: Int, format: VipsBridge.Format) -> String {
        var hash = StableHash()
        hash.add(settings)
        hash.add(original.count)
        hash.add(bytes: original)
        return "\(StableHash.hex(hash.value))-\(width).\(format.fileExtension)"
    }

    func read(_ key: String) -> [UInt8]? {
        guard let folder, let data = FileManager.default.contents(atPath: folder + "/" + key), !data.isEmpty else { return nil }
        return [UInt8](data)
    }

    /// Removes the cache files no image of this build uses (photos that were replaced or deleted),
    /// so the folder does not grow forever. Files being written (hidden names) are left alone.
    func prune(keeping used: Set<String>) {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") && !used.contains(name) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// Written under a temporary name and renamed, so a reader never sees half a file.
    func write(_ bytes: [UInt8], key: String) {
        guard let folder else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.\(key).\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, folder + "/" + key) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }
}
