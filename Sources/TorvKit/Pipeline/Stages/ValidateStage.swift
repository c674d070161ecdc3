/// Stage 3: the checks across files that no single loader can make: the menu's pages, the
/// catalogue's data against the media and the date, and addresses the sections generate.
/// (References between pages and data are checked where they are resolved: the plan, the
/// sections and the link resolver.)
enum ValidateStage {
    static func run(_ loaded: LoadedSite, _ planned: PlannedSite, today: LocalDate?, diagnostics: inout [Diagnostic]) {
        NavigationValidator.check(loaded.content.config, plan: planned.plan, diagnostics: &diagnostics)
        if let catalogue = loaded.content.catalogue {
            CatalogueValidator.check(catalogue, staticFiles: Set(loaded.content.staticFiles), today: today, diagnostics: &diagnostics)
        }
        GeneratedPathValidator.check(planned.sections, plan: planned.plan, diagnostics: &diagnostics)
    }
}
