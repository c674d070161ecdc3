struct ConvertedPage: Sendable {
    var page: PlannedPage
    /// Without `holdsHTML`, everything but the HTML (see `BuildOptions.heldMarkdownLimit`).
    var markdown: MarkdownPage
    var holdsHTML = true
}
