/// What the search page (`layout: search`) adds: the search field for readers with JavaScript and,
/// for everyone, every page of the site by section, A to Z.
struct SearchHostView: ViewModel {
    var search: SearchView

    static let fields = ViewFields<SearchHostView>([
        "search": .object(\.search),
    ])
}

struct SearchView: ViewModel {
    /// `/assets/search.js`: our own results list on Pagefind's API.
    var scriptURL: String
    /// `/pagefind/`: the index Pagefind writes into the finished site.
    var bundleURL: String
    var groups: [SearchGroupView]
    /// The list names sample enterprises, or sample stories: the page says so.
    var sampleCatalogue: Bool
    var sampleStories: Bool

    static let fields = ViewFields<SearchView>([
        "scriptURL": .text(\.scriptURL), "bundleURL": .text(\.bundleURL), "groups": .list(\.groups),
        "sampleCatalogue": .flag(\.sampleCatalogue), "sampleStories": .flag(\.sampleStories),
    ])
}

/// One section of the site (a top-level folder) in the site index.
struct SearchGroupView: ViewModel {
    var title: String
    var url: String
    /// Set when the section's page is shown in another language than the reader's.
    var lang: String?
    var anchor: String
    var pages: [SearchEntryView]

    static let fields = ViewFields<SearchGroupView>([
        "title": .text(\.title), "url": .text(\.url), "otherLanguage": .text(\.lang), "anchor": .text(\.anchor),
        "pages": .list(\.pages),
    ])
}

struct SearchEntryView: ViewModel {
    var title: String
    var url: String
    var lang: String?

    static let fields = ViewFields<SearchEntryView>([
        "title": .text(\.title), "url": .text(\.url), "otherLanguage": .text(\.lang),
    ])
}
