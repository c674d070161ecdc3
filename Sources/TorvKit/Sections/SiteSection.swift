/// A part of the site generated from data and attached to a host page: the page whose `layout`
/// names the section (e.g. `layout: catalogue`) gets the section's view, and the section writes
/// its own pages below the host page's address.
protocol SiteSection: Sendable {
    /// The layout of the host page.
    var hostLayout: Layout { get }
    /// Every address the section writes (for collision checks and links to them).
    var generatedPaths: [String] { get }
    /// What the host page shows of the section.
    func hostView(language: String) -> SectionView
    /// What an ordinary page of the section shows besides its text (e.g. a story's themes), if any.
    func pageView(for page: PlannedPage) -> SectionView?
    /// What the home page shows of the section.
    func addToHome(_ home: inout HomeView, language: String)
    /// The section's own pages, as views for the render stage.
    func pages() -> [GeneratedPage]
    /// The section's other files: feeds, calendars, open data.
    func files() -> [OutputFile]
}

extension SiteSection {
    func pageView(for page: PlannedPage) -> SectionView? { nil }
    func addToHome(_ home: inout HomeView, language: String) {}
    func files() -> [OutputFile] { [] }
}
