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

    /// The HTML as UTF-8 bytes (from cmark to the page written, never made a `String`).
    public var html: [UInt8]
    public var headings: [Heading]
    /// Placeholder `torv-link:N` in `html` stands for `pendingLinks[N]`.
    public var pendingLinks: [PendingLink]
    public var diagnostics: [Diagnostic]
    /// The ids of the glossary terms the page links to.
    public var glossaryTerms: Set<String> = []

    static let placeholderScheme = "torv-link:"

    /// The HTML as a `String` (for tests and messages; the build uses the bytes).
    public var htmlText: String { String(decoding: html, as: UTF8.self) }
}
