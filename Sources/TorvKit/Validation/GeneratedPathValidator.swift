/// Pages generated from data must not take an address a Markdown page already has.
enum GeneratedPathValidator {
    static func check(_ sections: [any SiteSection], plan: SitePlan, diagnostics: inout [Diagnostic]) {
        // Positions, not copies of the pages.
        let pages = Dictionary(plan.pages.indices.map { (plan.pages[$0].path, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for section in sections {
            for path in section.generatedPaths where seen.insert(path).inserted {
                guard let page = pages[path] else { continue }
                diagnostics.append(Diagnostic(
                    .duplicateURLGenerated(path: path, section: section.hostLayout.rawValue),
                    at: SitePlan.slugLocation(of: plan.pages[page].source)))
            }
        }
    }
}
