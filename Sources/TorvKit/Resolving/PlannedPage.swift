/// A page with its place in the site: its address and output file.
public struct PlannedPage: Sendable {
    public var source: PageSource
    /// The address inside the site, without the base path: `` (home), `strategi/`, `en/strategy/`.
    public var path: String
    /// The file written: `index.html`, `strategi/index.html`.
    public var outputPath: String { path + "index.html" }
    public var key: String { source.key }
    public var language: String { source.language }
}
