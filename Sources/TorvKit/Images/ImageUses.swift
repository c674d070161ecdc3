/// Checks every place that shows an image (Markdown pages, enterprise logos, product and story
/// images): the file must be an image, and wide enough for where it is shown. Missing files and
/// missing alt texts are reported where the references are read.
enum ImageUses {
    static func check(_ loaded: LoadedSite, _ converted: ConvertedSite, images: ImageSet, diagnostics: inout [Diagnostic]) {
        let content = loaded.content
        let staticFiles = Set(content.staticFiles)
        func check(_ file: String, written: String, use: Picture.Use, at location: SourceLocation?, excerpt: String? = nil) {
            guard staticFiles.contains(file) else { return }  // missing: reported elsewhere
            if !ImageSet.isImageFile(file) {
                diagnostics.append(Diagnostic(.notAnImage(file: written), at: location, excerpt: excerpt))
            } else if let image = images[file], image.width < use.minimumWidth {
                diagnostics.append(Diagnostic(
                    .imageTooSmall(file: written, width: image.width, needed: use.minimumWidth), at: location, excerpt: excerpt))
            }
        }
        // By index: a converted page is large, and copying each one out of the array costs more than the check.
        for index in converted.pages.indices where converted.pages[index].markdown.pendingLinks.contains(where: \.isImage) {
            let page = converted.pages[index]
            for link in page.markdown.pendingLinks where link.isImage {
                let (path, _) = LinkResolver.split(link.destination)
                let file = path.hasPrefix("/") ? String(path.dropFirst()) : LinkResolver.join(directory: page.page.source.directory, relative: path)
                if let file {
                    check(file, written: link.destination, use: .content, at: link.location,
                        excerpt: page.page.source.file.line(link.location.line))
                }
            }
        }
        // Each story file once (both languages are pages of their own, with their own front matter).
        for page in content.pages {
            for image in page.frontMatter.story?.images ?? [] {
                check(image.file, written: image.file, use: .content, at: image.location)
            }
        }
        for enterprise in content.catalogue?.enterprises ?? [] {
            if let logo = enterprise.logo {
                check(logo.file, written: logo.file, use: .logo, at: logo.location ?? enterprise.location)
            }
            for image in enterprise.products.flatMap(\.images) {
                check(image.file, written: image.file, use: .product, at: image.location ?? enterprise.location)
            }
        }
    }
}

extension Picture.Use {
    /// An enterprise's logo: a 96 px box at the top of its page.
    static let logo = Picture.Use.thumbnail(96)
    /// A product's image: a 120 px box beside its text.
    static let product = Picture.Use.thumbnail(120)
}
