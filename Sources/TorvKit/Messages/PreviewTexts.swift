/// Words `torv serve` shows in the browser when the site has not given its own (a UI string).
enum PreviewTexts {
    /// The banner of `torv serve --drafts`, when `preview_drafts` is missing from content/i18n.
    static let draftsBanner = "Preview with drafts and scheduled pages: the published site does not show all of this"
}
