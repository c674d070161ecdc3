/// What the schedule kept out of a build: pages and records that are drafts, not yet published or
/// withdrawn on the build's date. Links and references to them are errors that name the date.
public struct UnpublishedContent: Sendable {
    public struct Page: Sendable {
        public var visibility: Visibility
        /// Path inside `content/`.
        public var relativePath: String
    }

    /// Page key → language → why it is not published.
    public var pages: [String: [String: Page]] = [:]
    /// Enterprise id → why it is not published.
    public var enterprises: [String: Visibility] = [:]

    public var isEmpty: Bool { pages.isEmpty && enterprises.isEmpty }
}
