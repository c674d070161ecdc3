/// An old address that leads somewhere now: an alias of a page (`aliases:` in its front matter) or
/// an entry of `content/redirects.yaml` (`from:` with `to:`, or `gone: true` for a page withdrawn on purpose).
struct Redirect: Sendable {
    /// The old address inside the site, `/strategi/gammel/`.
    var from: String
    /// The new address inside the site; nil when the page is gone.
    var to: String?
    /// Where it is written, for messages.
    var location: SourceLocation
}
