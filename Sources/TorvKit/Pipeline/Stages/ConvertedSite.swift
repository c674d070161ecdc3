/// Stage 4: every page's Markdown to HTML (in parallel), then the link resolver, which needs
/// every page's heading ids.
struct ConvertedSite: Sendable {
    /// In the order of `plan.pages`.
    var pages: [ConvertedPage]
    var resolver: LinkResolver
    var conversion: MarkdownConversion

    /// A page's Markdown output with its HTML: held, or made again now.
    func markdown(of page: ConvertedPage) -> MarkdownPage {
        page.holdsHTML ? page.markdown : conversion.convert(page.page.source, checks: false)
    }
}
