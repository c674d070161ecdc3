/// A page's Markdown after the first pass: HTML in which the site's own links are still placeholders
/// (they are resolved once every page's headings are known), its headings and its links.
public struct MarkdownPage: Sendable {
    public struct Heading: Sendable, Equatable {
        public var level: Int
        public var text: String
        public var id: String
    }

    /// A link to something in the site, waiting for resolution.
    public struct PendingLink: Sendable {
        public var destination: String
        public var isImage: Bool
        public var location: SourceLocation
    }

    public var html: String
    public var headings: [Heading]
    /// Placeholder `torv-link:N` in `html` stands for `pendingLinks[N]`.
    public var pendingLinks: [PendingLink]
    public var diagnostics: [Diagnostic]

    static let placeholderScheme = "torv-link:"
}

/// Step 2 (per page, in parallel): Markdown to HTML with heading ids, language spans and checked links.
enum MarkdownRenderer {
    static func render(_ page: PageSource, allowRawHTML: Bool) -> MarkdownPage {
        var diagnostics: [Diagnostic] = []
        var headings: [MarkdownPage.Heading] = []
        var pending: [MarkdownPage.PendingLink] = []
        var ids = HeadingIDs()
        var previousLevel = 1
        let options = CmarkBridge.Options(allowRawHTML: allowRawHTML, smartPunctuation: page.language == "en")

        let html = CmarkBridge.render(page.body, options: options, heading: { heading in
            let location = page.location(bodyLine: heading.line, byteColumn: heading.column)
            if let explicit = heading.explicitID {
                if !SlugRules.isValid(explicit) {
                    diagnostics.append(.error(
                        "bad-heading-id", at: location,
                        "the heading id `\(explicit)` may only contain lowercase letters a–z, digits and hyphens",
                        hint: "write it like `{#\(SlugRules.suggest(from: explicit))}`", excerpt: page.file.line(location.line)))
                } else if ids.isUsed(explicit) {
                    diagnostics.append(.error(
                        "duplicate-heading-id", at: location, "the heading id `\(explicit)` is used twice on this page",
                        hint: "give each heading its own id", excerpt: page.file.line(location.line)))
                }
            }
            if heading.level == 1 {
                diagnostics.append(.warning(
                    "heading-level-1", at: location,
                    "the page title is already the page's main heading; headings in the text should start at `##`",
                    hint: "change `#` to `##`", excerpt: page.file.line(location.line)))
            } else if heading.level > previousLevel + 1 {
                diagnostics.append(.warning(
                    "heading-skip", at: location,
                    previousLevel == 1
                        ? "the first heading in the text should be level 2 (`##`), but this one is level \(heading.level); screen-reader users navigate by these levels"
                        : "this heading jumps from level \(previousLevel) to level \(heading.level); screen-reader users navigate by these levels",
                    hint: "use \(String(repeating: "#", count: previousLevel + 1)) here", excerpt: page.file.line(location.line)))
            }
            previousLevel = heading.level
            let id = ids.id(text: heading.text, explicit: heading.explicitID)
            headings.append(.init(level: heading.level, text: heading.text, id: id))
            return id
        }, link: { link in
            let location = page.location(bodyLine: link.line, byteColumn: link.byteColumn)
            if link.kind == .image && link.text.trimmingSpaces.isEmpty {
                diagnostics.append(.error(
                    "image-alt-missing", at: location, "the image `\(link.destination)` has no text alternative",
                    hint: "describe the image between the brackets: `![What the image shows](\(link.destination))`",
                    excerpt: page.file.line(location.line)))
            }
            if link.destination.hasPrefix("lang:") {
                let language = String(link.destination.dropFirst(5))
                guard LanguageCode.isValid(language), link.kind == .link else {
                    diagnostics.append(.error(
                        "bad-language-span", at: location, "`\(link.destination)` does not name a language",
                        hint: "write the language code after `lang:`, like `[SammenomJOB](lang:da)`"))
                    return .unlink
                }
                return .languageSpan(language)
            }
            switch URLRules.classify(link.destination) {
            case .forbidden(let scheme):
                diagnostics.append(.error(
                    "forbidden-url", at: location,
                    "links starting with `\(scheme):` are not allowed (only https:, http:, mailto:, tel: and links to the site's own pages)",
                    hint: "link to a web page with https://, or remove the link", excerpt: page.file.line(location.line)))
                return .unlink
            case .external, .contact:
                if link.kind == .image {
                    diagnostics.append(.error(
                        "external-resource", at: location,
                        "the image is loaded from another website, which tells that site who reads this page",
                        hint: "download the image into content/media/ and link to it from there",
                        excerpt: page.file.line(location.line)))
                }
                return .keep
            case .relative:
                pending.append(.init(destination: link.destination, isImage: link.kind == .image, location: location))
                return .destination(MarkdownPage.placeholderScheme + String(pending.count - 1))
            }
        }, rawHTML: { line, column in
            guard !allowRawHTML else { return }
            let location = page.location(bodyLine: line, byteColumn: column)
            diagnostics.append(.warning(
                "raw-html-ignored", at: location,
                "HTML code in the text is left out of the page (and an HTML block also hides the lines after it, up to the next blank line)",
                hint: "write it in Markdown instead: **bold**, *italic*, [link](address), lists with `-`",
                excerpt: page.file.line(location.line)))
        })
        diagnostics += MarkdownLint.check(page)
        Readability.check(page, diagnostics: &diagnostics)
        return MarkdownPage(html: html, headings: headings, pendingLinks: pending, diagnostics: diagnostics)
    }
}
