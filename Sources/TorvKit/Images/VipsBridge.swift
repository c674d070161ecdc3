import CVips
import Synchronization

/// The only file that touches libvips (through `CVips`, which opens Debian's libvips on first use): reads an image's
/// size, and writes it smaller, turned upright by its EXIF orientation, with all metadata stripped.
/// Everything else sees bytes and numbers.
enum VipsBridge {
    enum Format: String, Sendable, CaseIterable {
        case webp, jpeg, png

        var fileExtension: String {
            switch self {
            case .webp: "webp"
            case .jpeg: "jpg"
            case .png: "png"
            }
        }
    }

    /// Width and height as the image is seen, after its EXIF orientation.
    struct Size: Sendable, Equatable {
        var width: Int
        var height: Int
    }

    /// Debian's libvips 8.14 (`libvips42`).
    static let defaultLibrary = "libvips.so.42"

    /// Whether libvips can be opened under `library` (opened and started once per process and name,
    /// when the first image is met).
    static func isAvailable(_ library: String = defaultLibrary) -> Bool {
        opened.withLock { opened in
            if let known = opened[library] { return known }
            let available = torv_vips_start(library) == 0
            opened[library] = available
            return available
        }
    }

    private static let opened = Mutex<[String: Bool]>([:])
    private static var started: Bool { isAvailable() }

    /// The image's upright size, or nil when the bytes are not an image libvips can read.
    static func size(of bytes: [UInt8]) -> Size? {
        guard started, !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBytes { buffer -> Size? in
            guard let image = torv_vips_header(buffer.baseAddress, buffer.count) else {
                torv_vips_clear_error()
                return nil
            }
            defer { torv_vips_release(image) }
            let width = Int(torv_vips_width(image))
            let height = Int(torv_vips_height(image))
            guard width > 0, height > 0 else { return nil }
            // Orientations 5-8 turn the image a quarter, so width and height swap.
            return torv_vips_orientation(image) >= 5 ? Size(width: height, height: width) : Size(width: width, height: height)
        }
    }

    /// The image at most `width` pixels wide (never enlarged), upright, without metadata, in `format`.
    static func encode(_ bytes: [UInt8], width: Int, as format: Format, quality: Int) -> [UInt8]? {
        guard started, !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBytes { buffer -> [UInt8]? in
            guard let image = torv_vips_thumbnail(buffer.baseAddress, buffer.count, Int32(width)) else {
                torv_vips_clear_error()
                return nil
            }
            defer { torv_vips_release(image) }
            var output: UnsafeMutableRawPointer?
            var length = 0
            let status: Int32 = switch format {
            case .webp: torv_vips_webp(image, &output, &length, Int32(quality))
            case .jpeg: torv_vips_jpeg(image, &output, &length, Int32(quality))
            case .png: torv_vips_png(image, &output, &length)
            }
            guard status == 0, let output else {
                torv_vips_clear_error()
                return nil
            }
            defer { torv_vips_free(output) }
            let encoded = Array(UnsafeRawBufferPointer(start: output, count: length))
            return format == .webp ? WebPMetadata.stripped(encoded) : encoded
        }
    }
}
