/// Messages of the build cache (`torv build --cache DIR`). None stops a build: a cache that cannot
/// be trusted is not used (the build starts from nothing), and one that cannot be saved is only missed next time.
extension Message {
    private static let coldBuild = "nothing to fix in the site: this build made every page from the content and saves a new cache"

    /// The file is cut short, its checksum does not match, or it is not a Torv build cache at all.
    static func buildCacheDamaged(file: String) -> Message {
        .warning(.buildCache, "the build cache \(file) is damaged or is not a Torv build cache, so it was not used",
            hint: coldBuild + "; if this comes on every build, delete the folder given with --cache")
    }

    /// The cache was made by another version of Torv (or another version of the cache's format).
    static func buildCacheOtherVersion(file: String, version: String) -> Message {
        .warning(.buildCache,
            "the build cache \(file) was made by Torv \(version), not by this Torv \(TorvInfo.version), so it was not used",
            hint: coldBuild + "; this is expected once after Torv is updated")
    }

    /// The cache was made with other folders or another `--base-url`.
    static func buildCacheOtherOptions(file: String) -> Message {
        .warning(.buildCache,
            "the build cache \(file) was made with other options (--content, --templates or --base-url), so it was not used",
            hint: coldBuild + "; give each set of options a --cache folder of its own, or it is made again on every build")
    }

    static func buildCacheNotRead(file: String, reason: String) -> Message {
        .warning(.buildCache, "the build cache \(file) could not be read (\(reason)), so it was not used",
            hint: coldBuild + "; check that you may read the folder given with --cache")
    }

    static func buildCacheNotSaved(file: String, reason: String) -> Message {
        .warning(.buildCache, "the build cache \(file) could not be saved (\(reason))",
            hint: "the site was built and written; the next build with --cache starts from nothing. "
                + "Check that there is free disk space and that you may write to the folder given with --cache")
    }
}
