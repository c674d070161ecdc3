/// Step 2 (per page, in parallel): Markdown to HTML with heading ids, language spans and checked links.
enum MarkdownRenderer {
    /// `smartPunctuation` (curly quotes, dashes) comes from the page language's `LanguageFormat`;
    /// `glossary` links the first use of each term to its entry.
    static func render(_ page: PageSource, allowRawHTML: Bool, smartPunctuation: Bool, glossary: GlossaryMarker? = nil) -> MarkdownPage {
        var terms = Set<String>()
        var diagnostics: [Diagnostic] = []
        var headings: [MarkdownPage.Heading] = []
        var pending: [MarkdownPage.PendingLink] = []
        var ids = HeadingIDs()
        var previousLevel = 1
        let options = CmarkBridge.Options(allowRawHTML: allowRawHTML, smartPunctuation: smartPunctuation)

        let html = CmarkBridge.render(page.body, options: options, heading: { heading in
            let location = page.location(bodyLine: heading.line, byteColumn: heading.column)
            if let explicit = heading.explicitID {
                if !SlugRules.isValid(explicit) {
                    diagnostics.append(Diagnostic(
                        .badHeadingID(id: explicit, suggestion: SlugRules.suggest(from: explicit)), at: location,
                        excerpt: page.file.line(location.line)))
                } else if ids.isUsed(explicit) {
                    diagnostics.append(Diagnostic(.duplicateHeadingID(id: explicit), at: location, excerpt: page.file.line(location.line)))
                }
            }
            if heading.level == 1 {
                diagnostics.append(Diagnostic(.headingLevel1(), at: location, excerpt: page.file.line(location.line)))
            } else if heading.level > previousLevel + 1 {
                diagnostics.append(Diagnostic(
                    .headingSkip(previous: previousLevel, level: heading.level), at: location, excerpt: page.file.line(location.line)))
            }
            previousLevel = heading.level
            let id = ids.id(text: heading.text, explicit: heading.explicitID)
            headings.append(.init(level: heading.level, text: heading.text, id: id))
            return id
        }, link: { link in
            let location = page.location(bodyLine: link.line, byteColumn: link.byteColumn)
            if link.kind == .image && link.text.trimmingSpaces.isEmpty {
                diagnostics.append(Diagnostic(
                    .imageAltMissing(destination: link.destination), at: location, excerpt: page.file.line(location.line)))
            }
            if link.destination.hasPrefix("lang:") {
                let language = String(link.destination.dropFirst(5))
                guard LanguageCode.isValid(language), link.kind == .link else {
                    diagnostics.append(Diagnostic(.badLanguageSpan(destination: link.destination), at: location))
                    return .unlink
                }
                return .languageSpan(language)
            }
            switch URLRules.classify(link.destination) {
            case .forbidden(let scheme):
                diagnostics.append(Diagnostic(.forbiddenURL(scheme: scheme), at: location, excerpt: page.file.line(location.line)))
                return .unlink
            case .external, .contact:
                guard link.kind == .image else { return .keep }
                diagnostics.append(Diagnostic(
                    .externalImage(alt: link.text, localPath: localMediaPath(for: link.destination, from: page.directory)),
                    at: location, excerpt: page.file.line(location.line)))
                // Shown as its text, so the finished page loads nothing from the other site.
                return .unlink
            case .relative:
                pending.append(.init(destination: link.destination, isImage: link.kind == .image, location: location))
                return .destination(MarkdownPage.placeholderScheme + String(pending.count - 1))
            }
        }, rawHTML: { line, column in
            guard !allowRawHTML else { return }
            let location = page.location(bodyLine: line, byteColumn: column)
            diagnostics.append(Diagnostic(.rawHTMLIgnored(), at: location, excerpt: page.file.line(location.line)))
        }, text: glossary.map { marker in { text in marker.mark(text, used: &terms) } })
        diagnostics += MarkdownLint.check(page)
        Readability.check(page, diagnostics: &diagnostics)
        var result = MarkdownPage(html: html, headings: headings, pendingLinks: pending, diagnostics: diagnostics)
        result.glossaryTerms = terms
        return result
    }

    /// Where an image from another website would be once saved in the media folder, as a link
    /// from a page in `directory`: `https://x.dk/a/torv.jpg` from `strategi` → `../media/torv.jpg`.
    static func localMediaPath(for url: String, from directory: String) -> String {
        let (path, _) = LinkResolver.split(url)
        let parts = path.split(separator: "/")
        // The last part after the scheme and the host, if it looks like a file name.
        let name = parts.count > 2 && !path.hasSuffix("/") ? parts.last.map(String.init) : nil
        let file = name.flatMap { $0.contains(".") ? $0 : nil } ?? "image.jpg"
        let ups = String(repeating: "../", count: directory.split(separator: "/").count)
        return ups + ContentLoader.mediaFolder + "/" + file
    }
}
