/// Stage 5: every page's view filled into its template (in parallel): the content pages, the
/// pages the sections generate and the 404 pages; then the sections' other files. With a cache,
/// a page whose view (everything it shows) and templates are unchanged is not rendered again.
/// With an output sink (`torv build`), pages are written as they finish and not held.
struct RenderedSite: Sendable {
    /// The files held in memory: every file without a sink; with one, all but the pages.
    var files: [OutputFile]
    /// The pages already written to the sink, with what they load from other hosts.
    var streamed: [PageResources]
    /// What held pages load from other hosts, where a cache kept it (found when the page was made).
    var known: [PageResources]
    /// Nil when the templates have errors.
    var renderer: PageRenderer?
    /// Every page's address and its languages, for `sitemap.xml`.
    var sitemap: [Sitemap.Entry]
}
