import Foundation

/// Reads one Markdown page: splits the front matter off and reads its keys.
enum PageLoader {
    static func load(
        _ file: SourceFile, relativePath: String, key: String, language: String, diagnostics: inout [Diagnostic]
    ) -> PageSource? {
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(file) {
        case .success(let p): parts = p
        case .failure(let d):
            diagnostics.append(d)
            return nil
        }
        guard let document = YAMLDocument.parse(parts.yaml, in: file, lineOffset: parts.yamlFirstLine - 1, diagnostics: &diagnostics),
            let fm = document.rootMapping(diagnostics: &diagnostics, what: "the front matter")
        else { return nil }
        let before = diagnostics.count
        let title = fm.string("title", required: true, diagnostics: &diagnostics)
        let slug = fm.string("slug", diagnostics: &diagnostics)
        if let slug, !SlugRules.isValid(slug) {
            diagnostics.append(Diagnostic(
                .pageBadSlug(slug: slug, suggestion: SlugRules.suggest(from: slug)), at: fm.location(ofValue: "slug"),
                excerpt: file.line(fm.location(ofValue: "slug").line)))
        }
        let summary = fm.string("summary", required: true, diagnostics: &diagnostics)
        if let summary, summary.count > 160 {
            diagnostics.append(Diagnostic(
                .pageLongSummary(length: summary.count, limit: 160), at: fm.location(ofValue: "summary")))
        }
        let weight = fm.int("weight", diagnostics: &diagnostics) ?? 0
        let date = fm.date("date", diagnostics: &diagnostics)
        let updated = fm.date("updated", diagnostics: &diagnostics)
        let layoutName = fm.string("layout", diagnostics: &diagnostics)
        let layout = layoutName.map { Layout(rawValue: $0).flatMap { Layout.editable.contains($0) ? $0 : nil } }
            ?? (relativePath.hasPrefix(StoryRules.folder + "/") && !key.hasSuffix("/index") ? .story : .page)
        if let layoutName, layout == nil {
            let known = Layout.editable.map(\.rawValue)
            diagnostics.append(Diagnostic(
                .pageUnknownLayout(layout: layoutName, known: known), at: fm.location(ofValue: "layout")))
        }
        let toc = fm.bool("toc", diagnostics: &diagnostics) ?? false
        let translatedFrom = fm.string("translated_from", diagnostics: &diagnostics)
        let isStory = relativePath.hasPrefix(StoryRules.folder + "/") && !key.hasSuffix("/index")
        let story = isStory ? StoryRules.read(fm, file: file, diagnostics: &diagnostics) : nil
        let schedule = Schedule.read(fm, diagnostics: &diagnostics)
        let aliases = PageAlias.read(fm, diagnostics: &diagnostics)
        let glossary = fm.bool("glossary", diagnostics: &diagnostics) ?? true
        fm.reportUnknownKeys(in: "the front matter", diagnostics: &diagnostics)
        if let date, let updated, updated < date {
            diagnostics.append(Diagnostic(
                .pageUpdatedBeforeDate(updated: "\(updated)", date: "\(date)"), at: fm.location(ofValue: "updated")))
        }
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }), let title, let summary, let layout else { return nil }
        var frontMatter = FrontMatter(
            title: title, slug: slug, summary: summary, weight: weight, date: date, updated: updated,
            layout: layout, toc: toc, translatedFrom: translatedFrom, story: story)
        frontMatter.schedule = schedule
        frontMatter.aliases = aliases
        frontMatter.glossary = glossary
        return PageSource(
            file: file, relativePath: relativePath, key: key, language: language, frontMatter: frontMatter,
            body: parts.body, bodyFirstLine: parts.bodyFirstLine)
    }

    /// The body of a page whose front matter has errors, as a page with empty front matter: its
    /// Markdown and links are checked (every error in one run), but it is not published.
    static func bodyForChecks(_ file: SourceFile, job: PageFileJob) -> PageSource? {
        guard case .success(let parts) = FrontMatterSplitter.split(file) else { return nil }
        let frontMatter = FrontMatter(title: "", slug: nil, summary: "", weight: 0, layout: .page, toc: false)
        return PageSource(
            file: file, relativePath: job.path, key: job.key, language: job.language, frontMatter: frontMatter,
            body: parts.body, bodyFirstLine: parts.bodyFirstLine)
    }

    static func bodyForChecks(_ job: PageFileJob, in directory: ContentDirectory) -> PageSource? {
        var ignored: [Diagnostic] = []
        return directory.readText(job.path, diagnostics: &ignored).flatMap { bodyForChecks($0, job: job) }
    }
}
