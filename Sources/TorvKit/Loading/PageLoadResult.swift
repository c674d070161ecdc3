/// What reading one `PageFileJob` gave: the page (nil when it could not be read), its diagnostics,
/// and whether it was read anew rather than taken from `torv serve`'s cache.
struct PageLoadResult: Sendable {
    var page: PageSource?
    var diagnostics: [Diagnostic]
    var fresh: Bool
}
