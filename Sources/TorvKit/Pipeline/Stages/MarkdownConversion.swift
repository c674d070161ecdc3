/// How a page's Markdown becomes HTML in this build: raw HTML allowed or not, the page language's
/// punctuation and the glossary. The convert stage uses it, the render stage for a page whose HTML
/// the convert stage did not hold (see `BuildOptions.heldMarkdownLimit`), and `StreamStage`.
struct MarkdownConversion: Sendable {
    let allowRawHTML: Bool
    let plan: SitePlan
    let glossary: GlossarySection?

    init(allowRawHTML: Bool, plan: SitePlan, glossary: GlossarySection?) {
        self.allowRawHTML = allowRawHTML
        self.plan = plan
        self.glossary = glossary
    }

    init(_ loaded: LoadedSite, _ planned: PlannedSite) {
        self.init(allowRawHTML: loaded.content.config.allowRawHTML, plan: planned.plan, glossary: planned.glossary)
    }

    /// `checks: false` skips the page's lint and readability (its problems were reported already);
    /// `html: false` writes no HTML (it is made again when the page is rendered).
    func convert(_ page: PageSource, checks: Bool = true, html: Bool = true) -> MarkdownPage {
        MarkdownRenderer.render(
            page, allowRawHTML: allowRawHTML, smartPunctuation: plan.format(page.language).smartPunctuation,
            glossary: glossary?.marker(for: page), checks: checks, html: html)
    }

    /// What a page's Markdown output depends on: its text, whether raw HTML is allowed and whether
    /// its language uses typographic quotes, and the glossary's terms and address.
    func key(_ page: PageSource) -> UInt64 {
        var hash = KeyHash()
        hash.add(page.file.text)
        hash.add(allowRawHTML)
        hash.add(plan.format(page.language).smartPunctuation)
        hash.add(glossary?.marker(for: page)?.fingerprint ?? 0)
        return hash.value
    }
}
