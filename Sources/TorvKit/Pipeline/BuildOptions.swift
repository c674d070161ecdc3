/// What a build reads and writes.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    /// Overrides `base_url` in site.yaml (e.g. for a preview or a staging host).
    public var baseURL: String?
    /// The date the build treats as today (nomination periods, review reminders). Passed in, so output
    /// never depends on the clock.
    public var today: LocalDate?
    /// Keep drafts and pages outside their dates in the build (`torv serve --drafts`); never for `torv build`.
    public var includeDrafts = false
    /// The build is `torv serve`'s preview, never published into `output` (so the site there is not its previous version).
    public var previewOnly = false
    /// Let this build drop addresses published before (`--accept-removed`).
    public var acceptRemoved = false
    /// The Pagefind program for sites with `search: true`; nil: `$TORV_PAGEFIND`, else `pagefind` on the PATH.
    public var pagefind: String?
    /// The build cache folder (`torv build --cache DIR`, see `DiskCache`); nil: no cache.
    public var cache: String?
    /// Above this many bytes of Markdown in page bodies, a build without a cache does not hold the
    /// pages' text after reading them (`HeldText`), and one that runs the convert and render stages
    /// one after the other (`torv check`, or `torv build` with errors before the Markdown; see
    /// `ConvertStage`) does not hold the pages' HTML between them. Same output either way.
    /// 128 MB of Markdown (about 15,000 pages of 8 KB) makes about 150 MB of HTML: more than that is
    /// converted twice instead of held.
    var heldMarkdownLimit = 128 << 20
    /// A build that writes as it goes, without a cache, converts and renders each page in one task
    /// (`StreamStage`); the tests turn this off to compare it with the two stages one after the other.
    var streamsInOnePass = true
    /// Called once the content is read (tests: a file edited while the build runs).
    var afterLoading: (@Sendable () -> Void)?
    /// Torv's own renderer; the tests also build with swift-mustache, the reference, and compare.
    var templateEngine = TemplateEngine.torv
    /// The libvips the image stage opens (tests name one that is not installed).
    var imageLibrary = VipsBridge.defaultLibrary

    public init(content: String = "content", templates: String = "templates", output: String = "site",
                baseURL: String? = nil, today: LocalDate? = nil) {
        self.content = content
        self.templates = templates
        self.output = output
        self.baseURL = baseURL
        self.today = today
    }
}
