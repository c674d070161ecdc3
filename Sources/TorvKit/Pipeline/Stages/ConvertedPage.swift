struct ConvertedPage: Sendable {
    var page: PlannedPage
    var markdown: MarkdownPage
}
