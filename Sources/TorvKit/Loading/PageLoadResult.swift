/// What reading one `PageFileJob` gave: the page (nil when it could not be read), its diagnostics,
/// and whether it was read anew rather than taken from `torv serve`'s cache.
struct PageLoadResult: Sendable {
    var page: PageSource?
    /// When the front matter could not be read: the body alone, so its text and links are still checked.
    var unplanned: PageSource? = nil
    var diagnostics: [Diagnostic]
    var fresh: Bool
}
