/// Step 2 (per page, in parallel): Markdown to HTML with heading ids, language spans and checked links.
enum MarkdownRenderer {
    /// `smartPunctuation` (curly quotes, dashes) comes from the page language's `LanguageFormat`;
    /// `glossary` links the first use of each term to its entry. Without `checks`, the page's lint and
    /// readability are skipped (a page converted again, whose problems were reported the first time);
    /// without `html`, the HTML is not written (a page converted again later) and is empty.
    static func render(
        _ page: PageSource, allowRawHTML: Bool, smartPunctuation: Bool, glossary: GlossaryMarker? = nil, checks: Bool = true,
        html: Bool = true
    ) -> MarkdownPage {
        var terms = Set<String>()
        var collector = Collector(page: page)
        let options = CmarkBridge.Options(allowRawHTML: allowRawHTML, smartPunctuation: smartPunctuation, html: html)
        let html = CmarkBridge.render(page.body, options: options, heading: { heading in
            collector.heading(heading)
        }, link: { link in
            collector.link(link)
        }, rawHTML: { line, column in
            guard !allowRawHTML else { return }
            collector.rawHTML(line: line, column: column)
        }, text: glossary.map { marker in { text in marker.mark(text, used: &terms) } })
        var diagnostics = collector.diagnostics
        if checks {
            diagnostics += MarkdownLint.check(page)
            Readability.check(page, diagnostics: &diagnostics)
        }
        var result = MarkdownPage(html: html, headings: collector.headings, pendingLinks: collector.pending, diagnostics: diagnostics)
        result.glossaryTerms = terms
        return result
    }

    /// What `render` learns from cmark's calls about one page: its headings and their ids, the
    /// relative links to resolve later, and the problems, in the order they are met.
    private struct Collector {
        let page: PageSource
        var diagnostics: [Diagnostic] = []
        var headings: [MarkdownPage.Heading] = []
        var pending: [MarkdownPage.PendingLink] = []
        var ids = HeadingIDs()
        var previousLevel = 1

        init(page: PageSource) { self.page = page }

        /// Where `{#id}` is written on the heading's line (the heading's start when it cannot be found).
        func idLocation(of id: String, in heading: SourceLocation) -> SourceLocation {
            guard let line = page.file.line(heading.line), let range = line.utf8Range(of: "{#" + id) else { return heading }
            return SourceLocation(path: heading.path, line: heading.line, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }

        /// Checks a heading's id and level and gives the id it gets.
        mutating func heading(_ heading: CmarkBridge.Heading) -> String {
            let location = page.location(bodyLine: heading.line, byteColumn: heading.column)
            if let explicit = heading.explicitID {
                // Where `{#id}` is written is looked up only for a message.
                if !SlugRules.isValid(explicit) {
                    let at = idLocation(of: explicit, in: location)
                    diagnostics.append(Diagnostic(
                        .badHeadingID(id: explicit, suggestion: SlugRules.suggest(from: explicit)), at: at,
                        excerpt: page.file.line(at.line)))
                } else if ids.isUsed(explicit) {
                    let at = idLocation(of: explicit, in: location)
                    diagnostics.append(Diagnostic(.duplicateHeadingID(id: explicit), at: at, excerpt: page.file.line(at.line)))
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
        }

        /// Decides what becomes of a link or image: kept, a language span, unlinked, or a
        /// placeholder for a relative link that is resolved once every page is planned.
        mutating func link(_ link: CmarkBridge.Link) -> CmarkBridge.LinkRewrite {
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
            return rewrite(link, at: location)
        }

        /// A link that is not a language span, by the kind of its address.
        private mutating func rewrite(_ link: CmarkBridge.Link, at location: SourceLocation) -> CmarkBridge.LinkRewrite {
            switch URLRules.classify(link.destination) {
            case .forbidden(let scheme):
                diagnostics.append(Diagnostic(.forbiddenURL(scheme: scheme), at: location, excerpt: page.file.line(location.line)))
                return .unlink
            case .external, .contact:
                guard link.kind == .image else { return .keep }
                diagnostics.append(Diagnostic(
                    .externalImage(alt: link.text, localPath: MarkdownRenderer.localMediaPath(for: link.destination, from: page.directory)),
                    at: location, excerpt: page.file.line(location.line)))
                // Shown as its text, so the finished page loads nothing from the other site.
                return .unlink
            case .relative:
                pending.append(.init(destination: link.destination, isImage: link.kind == .image, location: location))
                return .destination(MarkdownPage.placeholderScheme + String(pending.count - 1))
            }
        }

        /// Raw HTML in a page where the site does not allow it: left out, and reported.
        mutating func rawHTML(line: Int, column: Int) {
            let location = page.location(bodyLine: line, byteColumn: column)
            diagnostics.append(Diagnostic(.rawHTMLIgnored(), at: location, excerpt: page.file.line(location.line)))
        }
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
