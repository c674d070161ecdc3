/// Stage 2: addresses, translations and the data sections (see `PlannedSite`).
enum PlanStage {
    static let cssPath = "assets/torv.css"

    static func run(_ loaded: LoadedSite, images: ImageSet = .empty, today: LocalDate?, diagnostics: inout [Diagnostic]) -> PlannedSite {
        let content = loaded.content
        let plan = SitePlan(content: content, diagnostics: &diagnostics)
        let builder = PageViewBuilder(plan: plan, strings: content.strings, cssPath: cssPath, images: images)
        let sections = sections(content, plan: plan, builder: builder, today: today, diagnostics: &diagnostics)
        return PlannedSite(plan: plan, builder: builder, sections: sections)
    }

    /// The data sections, in dependency order: the catalogue first (the others refer to its
    /// enterprises), then the market day, the prize and the stories; then the catalogue's links back.
    static func sections(
        _ content: ContentSet, plan: SitePlan, builder: PageViewBuilder, today: LocalDate?, diagnostics: inout [Diagnostic]
    ) -> [any SiteSection] {
        let catalogue = content.catalogue.flatMap {
            CatalogueSection.prepare(catalogue: $0, plan: plan, strings: content.strings, builder: builder, diagnostics: &diagnostics)
        }
        var enterprises = catalogue?.enterpriseIndex ?? [:]
        // Enterprises whose file exists but has errors (or a catalogue with no page yet): their own
        // errors are reported; references to them are not reported again.
        for id in content.catalogue?.fileIDs ?? [] where enterprises[id] == nil { enterprises[id] = (id, [:]) }
        let marketDays = content.marketDays.isEmpty ? nil : MarketDaySection.prepare(
            days: content.marketDays, plan: plan, builder: builder, strings: content.strings, today: today,
            enterprises: enterprises, diagnostics: &diagnostics)
        let prize = content.prize.flatMap {
            PrizeSection.prepare(prize: $0, plan: plan, builder: builder, strings: content.strings, today: today,
                enterprisePaths: enterprises.mapValues(\.paths), diagnostics: &diagnostics)
        }
        let stories = StoriesSection.prepare(
            plan: plan, themes: content.storyThemes, builder: builder, strings: content.strings, enterprises: enterprises,
            staticFiles: Set(content.staticFiles), diagnostics: &diagnostics)
        let linkedCatalogue = catalogue.map { section -> CatalogueSection in
            var section = section
            section.stories = stories
            section.marketDays = marketDays
            return section
        }
        let glossary = content.glossary.flatMap { GlossarySection.prepare(glossary: $0, plan: plan, diagnostics: &diagnostics) }
        let others: [any SiteSection] = ([linkedCatalogue, marketDays, prize, stories, glossary] as [(any SiteSection)?]).compactMap { $0 }
        var search = SearchSection.prepare(
            plan: plan, enterprises: catalogue?.enterpriseIndex ?? [:], catalogueHasSamples: content.catalogue?.hasSamples ?? false,
            diagnostics: &diagnostics)
        search?.others = others
        return others + [search].compactMap { $0 }
    }
}
