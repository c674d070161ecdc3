/// The page itself: `{{page.title}}`, `{{{page.content}}}` …
struct PageInfoView: ViewModel {
    var title: String
    var summary: String
    /// The page's HTML, as UTF-8 bytes (absent on generated pages).
    var content: [UInt8]?
    var url: String
    var canonical: String
    var layout: String
    var isHome: Bool
    var date: String?
    var dateISO: String?
    var updated: String?
    var updatedISO: String?
    var toc: [TOCEntryView]?
    /// Absent on the 404 pages.
    var children: [ChildPageView]?

    static let fields = ViewFields<PageInfoView>([
        "title": .text(\.title), "summary": .text(\.summary), "content": .bytes(\.content), "url": .text(\.url),
        "canonical": .text(\.canonical), "layout": .text(\.layout), "isHome": .flag(\.isHome),
        "date": .text(\.date), "dateISO": .text(\.dateISO), "updated": .text(\.updated), "updatedISO": .text(\.updatedISO),
        "toc": .list(\.toc), "children": .list(\.children),
    ])
}
