struct ConvertedPage: Sendable {
    var page: PlannedPage
    /// Without `holdsHTML`, everything but the HTML (see `BuildOptions.heldMarkdownLimit`; after
    /// `StreamStage`'s pass, which wrote the page already).
    var markdown: MarkdownPage
    var holdsHTML = true
}
