/// A page template in `templates/`: the ones an editor may name in front matter (`layout: catalogue`)
/// and the ones Torv uses for the pages it generates.
public enum Layout: String, Sendable, CaseIterable {
    case page, home, notFound = "404"
    case catalogue, enterprise, catalogueFacet = "catalogue-facet", cataloguePrint = "catalogue-print"
    case prize, prizeNominate = "prize-nominate", prizeWinners = "prize-winners"
    case marketDay = "market-day", marketDayYear = "market-day-year"
    case stories, storiesList = "stories-list", story
    case glossary
    case search

    /// The layouts a page's front matter may name.
    public static let editable: [Layout] = [.page, .home, .catalogue, .prize, .stories, .story, .marketDay, .glossary, .search]
    /// Layouts every site needs: pages, the home page and the 404 page.
    public static let required: [Layout] = [.page, .home, .notFound]
    public static let catalogueLayouts: [Layout] = [.catalogue, .enterprise, .catalogueFacet, .cataloguePrint]
    public static let prizeLayouts: [Layout] = [.prize, .prizeNominate, .prizeWinners]
    public static let marketDayLayouts: [Layout] = [.marketDay, .marketDayYear]
    public static let storyLayouts: [Layout] = [.stories, .storiesList, .story]
    public static let searchLayouts: [Layout] = [.search]

    /// The template file's name without `.mustache`.
    public var templateName: String { rawValue }
}
