/// Messages about images: files that are not images, images too small for where they are shown,
/// SVG files with scripts.
extension Message {
    /// A file with an image's extension (`.jpg`, `.png`, `.webp`) that cannot be read as an image.
    static func imageUnreadable(file: String) -> Message {
        .error(.notAnImage, "`\(file)` has the name of an image, but it is not an image Torv can read (it may be damaged, or another kind of file renamed)",
            hint: "open the file in an image program and save it again as JPEG, PNG or WebP; delete it if nothing needs it")
    }

    /// libvips, which reads and shrinks JPEG, PNG and WebP files, cannot be opened: `file` is the
    /// first such image, `others` how many more there are, `library` the library's file name.
    static func imageLibraryMissing(file: String, others: Int, library: String) -> Message {
        let more = others == 0 ? "" : others == 1 ? " and 1 other image" : " and \(others) other images"
        return .error(.imageLibraryMissing,
            "`\(file)`\(more) cannot be made ready for the web: Torv needs the image library libvips (`\(library)`), which is not installed on this computer",
            hint: "nothing to fix in the site: whoever runs the build must install libvips (Debian and Ubuntu: `apt-get install libvips42`; the README's `make site` does it)")
    }

    /// An image reference (Markdown `![…](…)`, `logo`, `images`) to a file that is not an image.
    static func notAnImage(file: String) -> Message {
        .error(.notAnImage, "`\(file)` is not an image, so it cannot be shown here",
            hint: "use a JPEG, PNG, WebP or SVG file from content/media/; link to other files with an ordinary link: `[Text](\(file))`")
    }

    /// `needed`: the width in pixels the place shows the image at (for sharp screens: twice that for logos and thumbnails).
    static func imageTooSmall(file: String, width: Int, needed: Int) -> Message {
        .warning(.imageTooSmall, "`\(file)` is only \(width) pixels wide; it is shown up to \(needed) pixels wide here, so it will look blurred",
            hint: "use a larger version of the image, at least \(needed) pixels wide (a photo straight from a phone or camera is fine: Torv makes it smaller)")
    }

    /// `what`: `<script>` or an event attribute like `onload`.
    static func svgScript(what: String) -> Message {
        .error(.svgScript, "the SVG image contains a script (`\(what)`), which could run in the reader's browser",
            hint: "save the image again without scripts or interactivity (in Inkscape: File › Save As › Plain SVG or Optimized SVG), or use a PNG")
    }
}
