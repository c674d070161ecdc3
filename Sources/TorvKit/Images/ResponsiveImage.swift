/// A raster image from `content/media/` as the site publishes it: in a few widths (never wider than
/// the original), as WebP and in its own format, upright and without metadata. The original file
/// itself is never published: its address holds the largest variant in the original format.
struct ResponsiveImage: Sendable, Hashable {
    struct Variant: Sendable, Hashable {
        /// Path in the output, like `media/foto-960.webp`.
        var path: String
        var width: Int
        var height: Int
        var format: VipsBridge.Format
    }

    /// Path inside `content/` (and, for the largest variant in the original format, in the output).
    var source: String
    /// The original's size, upright.
    var width: Int
    var height: Int
    var format: VipsBridge.Format
    /// Every variant, by format (WebP first) and width.
    var variants: [Variant]

    /// The widths written: 480, 960 and 1,600 px, and the original's width when it is smaller.
    static let widths = [480, 960, 1600]

    static func widths(for originalWidth: Int) -> [Int] {
        let largest = min(originalWidth, widths.last ?? originalWidth)
        return widths.filter { $0 < largest } + [largest]
    }

    /// The formats written for an original: WebP, and the original's own format when it is not WebP.
    static func formats(for original: VipsBridge.Format) -> [VipsBridge.Format] {
        original == .webp ? [.webp] : [.webp, original]
    }

    /// The format an image file's name promises, or nil for files Torv copies as they are.
    static func format(ofFile path: String) -> VipsBridge.Format? {
        switch path.fileExtension {
        case "jpg", "jpeg": .jpeg
        case "png": .png
        case "webp": .webp
        default: nil
        }
    }

    /// `media/foto.jpg`, 960, WebP → `media/foto-960.webp`.
    static func variantPath(_ source: String, width: Int, format: VipsBridge.Format) -> String {
        let stem = source.dropLast(source.fileExtension.count + 1)
        return "\(stem)-\(width).\(format.fileExtension)"
    }

    func variants(_ format: VipsBridge.Format) -> [Variant] { variants.filter { $0.format == format } }

    /// The variant `src` names: the largest in the original format, published at the original's address.
    var fallback: Variant? { variants(format).last }

    /// `srcset` for one format: `/media/foto-480.webp 480w, …`. Spaces and commas in file names are
    /// percent-encoded: in `srcset` they would end the address.
    func srcset(_ format: VipsBridge.Format, url: (String) -> String) -> String {
        variants(format).map { variant in
            let address = url(variant.path).replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: ",", with: "%2C")
            return "\(address) \(variant.width)w"
        }.joined(separator: ", ")
    }
}

/// The images of a build: raster images by their path in `content/`, and the SVG files (copied as they are).
struct ImageSet: Sendable {
    var images: [String: ResponsiveImage] = [:]
    var svgFiles: Set<String> = []

    subscript(path: String) -> ResponsiveImage? { images[path] }

    static let empty = ImageSet()

    /// Whether a file of `content/` is used as an image by its extension: raster or SVG.
    static func isImageFile(_ path: String) -> Bool {
        ResponsiveImage.format(ofFile: path) != nil || path.fileExtension == "svg" || path.fileExtension == "gif"
    }
}

extension String {
    /// `media/Foto.JPG` → `jpg`; empty when the last path component has no dot.
    var fileExtension: String {
        let name = split(separator: "/").last.map(String.init) ?? self
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
