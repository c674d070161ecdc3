/// The glossary: the host page (`layout: glossary`) lists the terms A–Z in its language, each with
/// its id as anchor, and every other page links the first use of each term to its entry.
struct GlossarySection: SiteSection {
    let hostLayout = Layout.glossary
    let glossary: Glossary
    let hostKey: String
    /// The marker for each language that has a glossary page.
    let markers: [String: GlossaryMarker]

    static func prepare(glossary: Glossary, plan: SitePlan, diagnostics: inout [Diagnostic]) -> GlossarySection? {
        guard let host = SectionHost.find(
            layout: .glossary, plan: plan, dataPath: "content/" + GlossaryLoader.path, diagnostics: &diagnostics)
        else { return nil }
        var markers: [String: GlossaryMarker] = [:]
        for page in plan.versions(of: host) {
            let terms = glossary.entries.compactMap { entry in entry.terms[page.language].map { (id: entry.id, term: $0) } }
            markers[page.language] = GlossaryMarker(terms: terms, pageURL: plan.url(page.path))
        }
        return GlossarySection(glossary: glossary, hostKey: host, markers: markers)
    }

    var generatedPaths: [String] { [] }

    func pages() -> [GeneratedPage] { [] }

    func hostView(language: String) -> SectionView {
        let entries = glossary.entries.compactMap { entry -> GlossaryEntryView? in
            entry.terms[language].map {
                GlossaryEntryView(id: entry.id, term: $0.term, forms: $0.forms.isEmpty ? nil : $0.forms.joined(separator: ", "), explanation: $0.explanation)
            }
        }
        let sorted = entries.sorted { (sortKey($0.term), $0.id) < (sortKey($1.term), $1.id) }
        return SectionView(view: GlossaryHostView(glossary: GlossaryView(entries: sorted)))
    }

    private func sortKey(_ term: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: term.unicodeScalars.map(GlossaryMarker.fold))
        return String(view)
    }

    /// The marker for a page's text: nil on the glossary page itself, on pages with
    /// `glossary: false` and in a language without a glossary page.
    func marker(for page: PageSource) -> GlossaryMarker? {
        guard page.key != hostKey, page.frontMatter.glossary else { return nil }
        return markers[page.language]
    }

    /// A warning for each entry no page uses, in any of its languages' forms.
    func unusedEntries(used: Set<String>) -> [Diagnostic] {
        glossary.entries.filter { !used.contains($0.id) }.map { entry in
            Diagnostic(.glossaryUnusedTerm(id: entry.id), at: entry.location)
        }
    }
}

extension PlannedSite {
    /// The glossary section, when the site has one.
    var glossary: GlossarySection? {
        sections.lazy.compactMap { $0 as? GlossarySection }.first
    }
}
