/// What each layout's template may read: every page's fields, and the section's own view.
extension Layout {
    /// The view a section adds for this layout, if any.
    var sectionView: (any ViewModel.Type)? {
        switch self {
        case .page, .notFound: return nil
        case .home: return HomePageView.self
        case .catalogue: return CatalogueHostView.self
        case .enterprise: return EnterprisePageView.self
        case .catalogueFacet: return FacetPageView.self
        case .cataloguePrint: return PrintPageView.self
        case .prize, .prizeNominate, .prizeWinners: return PrizeHostView.self
        case .marketDay, .marketDayYear: return MarketDayHostView.self
        case .stories, .storiesList: return StoryListHostView.self
        case .story: return StoryPageView.self
        case .glossary: return GlossaryHostView.self
        case .search: return SearchHostView.self
        }
    }

    /// The linter's schema for this layout, derived from the view types.
    var schema: [String: TemplateSchema] {
        PageView.schema.merging(sectionView?.schema ?? [:]) { $1 }
    }
}
