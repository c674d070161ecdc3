/// How a page shows one image: `src`, `srcset` per format, `sizes`, and `width`/`height` so the
/// page does not jump while the image loads. Shared by the views and by Markdown pages.
struct Picture: Sendable, Hashable {
    var src: String
    /// Nil for SVG and GIF files, which are published as they are.
    var srcset: String?
    var webpSrcset: String?
    var sizes: String?
    var width: Int?
    var height: Int?

    /// Where an image is shown: in the text column, or as a thumbnail in a square box of `px` CSS pixels.
    enum Use: Sendable, Hashable {
        case content
        case thumbnail(Int)

        /// The text column is at most 45rem (720 px) wide, less 2rem of padding on a phone.
        var sizes: String {
            switch self {
            case .content: "(min-width: 47rem) 45rem, calc(100vw - 2rem)"
            case .thumbnail(let px): "\(px)px"
            }
        }

        /// The narrowest original that still looks sharp there: 480 px in the text, twice the box for thumbnails.
        var minimumWidth: Int {
            switch self {
            case .content: ResponsiveImage.widths.first ?? 480
            case .thumbnail(let px): 2 * px
            }
        }
    }

    init(file: String, images: ImageSet, use: Use, url: (String) -> String) {
        guard let image = images[file], let fallback = image.fallback else {
            self.src = url(file)
            if case .thumbnail(let px) = use {
                width = px
                height = px
            }
            return
        }
        src = url(fallback.path)
        sizes = use.sizes
        if image.format != .webp { srcset = image.srcset(image.format, url: url) }
        webpSrcset = image.srcset(.webp, url: url)
        switch use {
        case .content:
            width = fallback.width
            height = fallback.height
        case .thumbnail(let px):
            // Fitted into the box, keeping the image's proportions.
            let landscape = fallback.width >= fallback.height
            width = landscape ? px : max(1, (px * fallback.width + fallback.height / 2) / fallback.height)
            height = landscape ? max(1, (px * fallback.height + fallback.width / 2) / fallback.width) : px
        }
    }

    /// The HTML for a Markdown page: `<picture>` with a WebP source and an `<img>` in the original
    /// format. `attributes` are cmark's own (` alt="…"`, ` title="…"`), kept as they are.
    func html(attributes: String, lazy: Bool) -> String {
        var img = "<img src=\"\(HTML.escapeAttribute(src))\""
        if let srcset { img += " srcset=\"\(HTML.escapeAttribute(srcset))\"" }
        if let sizes, srcset != nil || webpSrcset != nil { img += " sizes=\"\(HTML.escapeAttribute(sizes))\"" }
        img += attributes
        if let width, let height { img += " width=\"\(width)\" height=\"\(height)\"" }
        if lazy { img += " loading=\"lazy\"" }
        img += " decoding=\"async\">"
        guard let webpSrcset else { return img }
        let source = "<source type=\"image/webp\" srcset=\"\(HTML.escapeAttribute(webpSrcset))\" sizes=\"\(HTML.escapeAttribute(sizes ?? ""))\">"
        return "<picture>" + source + img + "</picture>"
    }
}

/// Markdown images (`![alt](media/foto.jpg)`) as responsive pictures, after their links are resolved.
enum MarkdownImages {
    /// Every `<img src="/media/…">` of a published raster image becomes a `<picture>`; the first
    /// image of a page loads at once (it may be on the first screen), the others lazily.
    static func responsive(_ html: [UInt8], images: ImageSet, plan: SitePlan) -> [UInt8] {
        guard !images.images.isEmpty, Bytes.find(imageStart, in: html) != nil else { return html }
        return Array(responsive(String(decoding: html, as: UTF8.self), images: images, plan: plan).utf8)
    }

    private static let imageStart = Array("<img src=\"".utf8)

    static func responsive(_ html: String, images: ImageSet, plan: SitePlan) -> String {
        guard !images.images.isEmpty, html.contains("<img src=\"") else { return html }
        let base = plan.url("")
        var out = ""
        var rest = Substring(html)
        var count = 0
        while let start = rest.range(of: "<img src=\"") {
            out += rest[..<start.lowerBound]
            let afterSrc = rest[start.upperBound...]
            guard let quote = afterSrc.firstIndex(of: "\""), let end = afterSrc[quote...].range(of: " />") ?? afterSrc[quote...].range(of: ">")
            else { break }
            let src = String(afterSrc[..<quote])
            let attributes = String(afterSrc[afterSrc.index(after: quote)..<end.lowerBound])
            let file = src.hasPrefix(base) ? String(src.dropFirst(base.count)) : src
            if images[file] != nil {
                let picture = Picture(file: file, images: images, use: .content, url: plan.url)
                out += picture.html(attributes: attributes, lazy: count > 0)
            } else {
                out += rest[start.lowerBound..<end.upperBound]
            }
            count += 1
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}
