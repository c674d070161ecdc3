/// Stage 1b: the images of `content/media/`. Each JPEG, PNG and WebP file is written in a few
/// widths as WebP and in its own format, upright and without metadata (GPS position, camera), from
/// the cache when it was encoded before; the original is never published. SVG files are checked
/// for scripts and copied as they are (by the copy stage).
struct ImagedSite: Sendable {
    var images: ImageSet
    var files: [OutputFile]
    /// Variants encoded now (the rest came from the cache).
    var encoded: Int
    var fromCache: Int
}

enum ImageStage {
    static let webpQuality = 75
    static let jpegQuality = 82

    /// `memo`: serve's memory of the last build's images (`RenderCache.images`); `library`: the libvips to open.
    static func run(
        _ loaded: LoadedSite, cache: ImageCache, memo: RenderCache? = nil, library: String = VipsBridge.defaultLibrary,
        diagnostics: inout [Diagnostic]
    ) -> ImagedSite {
        let directory = loaded.contentDirectory
        var set = ImageSet()
        var files: [OutputFile] = []
        var encoded = 0
        var fromCache = 0
        var used: Set<String> = []

        for svg in loaded.content.staticFiles where svg.fileExtension == "svg" {
            set.svgFiles.insert(svg)
            guard let bytes = directory.read(svg, diagnostics: &diagnostics) else { continue }
            for script in SVGCheck.scripts(in: bytes) {
                diagnostics.append(Diagnostic(
                    .svgScript(what: script.what),
                    at: SourceLocation(path: directory.displayPath(svg), line: script.line, column: script.column)))
            }
        }

        let rasters = loaded.content.staticFiles.filter { ResponsiveImage.format(ofFile: $0) != nil }
        // Without libvips no raster image can be read: one message, not one per image.
        if let first = rasters.min(), !VipsBridge.isAvailable(library) {
            diagnostics.append(Diagnostic(
                .imageLibraryMissing(file: first, others: rasters.count - 1, library: library),
                at: SourceLocation(path: directory.displayPath(first), line: 1, column: 1)))
            return ImagedSite(images: set, files: [], encoded: 0, fromCache: 0)
        }
        let made = Parallel.map(rasters) { path -> (value: Processed, made: Bool) in
            let make = { () -> Processed in
                var problems: [Diagnostic] = []
                guard let bytes = directory.read(path, diagnostics: &problems) else { return Processed(problems: problems) }
                return process(path, bytes: bytes, display: directory.displayPath(path), cache: cache)
            }
            guard let memo, let stamp = RenderCache.stamp(directory.absolutePath(path)) else { return (make(), true) }
            var key = StableHash()
            key.add(stamp.size)
            key.add(stamp.modified)
            return memo.images.value(id: path, key: key.value, make: make)
        }
        memo?.count(images: made.filter(\.made).count)
        // Taken from memory: nothing was encoded or read from the disk cache this time.
        let results = made.map {
            $0.made ? $0.value : Processed(image: $0.value.image, files: $0.value.files, problems: $0.value.problems, cacheKeys: $0.value.cacheKeys)
        }
        for result in results {
            diagnostics += result.problems
            if let image = result.image { set.images[image.source] = image }
            files += result.files
            encoded += result.encoded
            fromCache += result.fromCache
            used.formUnion(result.cacheKeys)
        }
        cache.prune(keeping: used)
        return ImagedSite(images: set, files: files, encoded: encoded, fromCache: fromCache)
    }

    struct Processed: Sendable {
        var image: ResponsiveImage?
        var files: [OutputFile] = []
        var problems: [Diagnostic] = []
        var encoded = 0
        var fromCache = 0
        /// The cache files this image's variants are in.
        var cacheKeys: [String] = []
    }

    /// One original: its variants, from the cache or encoded now.
    static func process(_ path: String, bytes: [UInt8], display: String, cache: ImageCache) -> Processed {
        var result = Processed()
        guard let format = ResponsiveImage.format(ofFile: path), let size = VipsBridge.size(of: bytes) else {
            result.problems.append(Diagnostic(.imageUnreadable(file: path), at: SourceLocation(path: display, line: 1, column: 1)))
            return result
        }
        var variants: [ResponsiveImage.Variant] = []
        for variantFormat in ResponsiveImage.formats(for: format) {
            for width in ResponsiveImage.widths(for: size.width) {
                let key = ImageCache.key(original: bytes, width: width, format: variantFormat)
                result.cacheKeys.append(key)
                var encodedBytes = cache.read(key)
                if encodedBytes != nil {
                    result.fromCache += 1
                } else {
                    let quality = variantFormat == .webp ? webpQuality : jpegQuality
                    encodedBytes = VipsBridge.encode(bytes, width: width, as: variantFormat, quality: quality)
                    if let made = encodedBytes {
                        cache.write(made, key: key)
                        result.encoded += 1
                    }
                }
                guard let encodedBytes, let made = VipsBridge.size(of: encodedBytes) else {
                    result.problems.append(Diagnostic(.imageUnreadable(file: path), at: SourceLocation(path: display, line: 1, column: 1)))
                    return Processed(problems: result.problems)
                }
                let variant = ResponsiveImage.Variant(
                    path: ResponsiveImage.variantPath(path, width: width, format: variantFormat),
                    width: made.width, height: made.height, format: variantFormat)
                variants.append(variant)
                result.files.append(OutputFile(path: variant.path, bytes: encodedBytes))
            }
        }
        // The original's address holds the largest variant in its own format, so links to the file still work.
        if let largest = variants.last(where: { $0.format == format }),
            let file = result.files.first(where: { $0.path == largest.path })
        {
            result.files.append(OutputFile(path: path, bytes: file.bytes))
        }
        result.image = ResponsiveImage(source: path, width: size.width, height: size.height, format: format, variants: variants)
        return result
    }
}
