/// A part of the site generated from data and attached to a host page: the page whose `layout`
/// names the section (e.g. `layout: catalogue`) gets the section's values in its context, and the
/// section writes its own pages below the host page's address.
protocol SiteSection: Sendable {
    /// The layout of the host page.
    var hostLayout: String { get }
    /// Every address the section writes (for collision checks and links to them).
    var generatedPaths: [String] { get }
    /// Values added to the host page's context.
    func hostContext(language: String) -> [String: Any]
    /// Values added to the context of an ordinary page (e.g. a story's themes), if any.
    func pageContext(for page: PlannedPage) -> [String: Any]?
    /// The section's own pages and files.
    func render(templates: TemplateSet) -> [OutputFile]
    /// What the home page shows of the section (under `home` in its context).
    func homeContext(language: String) -> [String: Any]
}

extension SiteSection {
    func pageContext(for page: PlannedPage) -> [String: Any]? { nil }
    func homeContext(language: String) -> [String: Any] { [:] }
}

/// Finds the host page of a section: the one page with `layout`, or a diagnostic.
enum SectionHost {
    static func find(layout: String, plan: SitePlan, dataPath: String, example: String, diagnostics: inout [Diagnostic]) -> String? {
        let hosts = plan.keys.filter { plan.versions(of: $0).contains { $0.source.frontMatter.layout == layout } }
        guard let first = hosts.first else {
            diagnostics.append(Diagnostic(.sectionPageMissing(layout: layout, example: example), at: SourceLocation(path: dataPath)))
            return nil
        }
        func file(_ key: String) -> SourceFile? {
            plan.versions(of: key).first { $0.source.frontMatter.layout == layout }?.source.file
        }
        if hosts.count > 1, let second = file(hosts[1]) {
            let firstFile = file(first)?.path ?? first
            diagnostics.append(Diagnostic(.sectionPageTwice(layout: layout, first: firstFile), at: layoutLocation(in: second)))
        }
        return first
    }

    /// Where a page's front matter says `layout:`, else its first line.
    static func layoutLocation(in file: SourceFile) -> SourceLocation {
        guard file.lineCount > 1 else { return file.location(line: 1, column: 1) }
        for number in 2...file.lineCount {
            guard let line = file.line(number), line != "---" else { break }
            if line.hasPrefix("layout:") {
                let value = line.dropFirst("layout:".count).prefix { $0 == " " }.count
                return file.location(line: number, column: "layout:".count + value + 1)
            }
        }
        return file.location(line: 1, column: 1)
    }

    /// The host page's address in each language it exists in.
    static func paths(_ key: String, plan: SitePlan) -> [String: String] {
        Dictionary(uniqueKeysWithValues: plan.versions(of: key).map { ($0.language, $0.path) })
    }
}

/// Localized text for templates: `{text, lang}`, with `lang` set when the text is in another
/// language than the page (the default language stands in for a missing translation).
struct TextPicker: Sendable {
    let fallback: String

    func callAsFunction(_ value: LocalizedText?, _ language: String) -> [String: Any]? {
        guard let value else { return nil }
        if let own = value[language] { return ["text": own] }
        if let other = value[fallback] { return ["text": other, "lang": fallback] }
        guard let (code, any) = value.values.sorted(by: { $0.key < $1.key }).first else { return nil }
        return ["text": any, "lang": code]
    }

    func plain(_ value: LocalizedText?, _ language: String) -> String {
        value?.text(in: language, fallback: fallback) ?? ""
    }
}

/// References from the sections to the catalogue's enterprises.
enum EnterpriseReference {
    /// "Did you mean …?" for an unknown enterprise id, else what to do instead.
    static func hint(for id: String, known: some Collection<String>, otherwise: String) -> String {
        Suggestions.closest(to: id, in: Array(known)).map { "did you mean `\($0)`?" }
            ?? "use the id of a file in content/catalogue/, or \(otherwise)"
    }
}
