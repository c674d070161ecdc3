/// Finds the host page of a section: the one page with `layout`, or a diagnostic.
enum SectionHost {
    static func find(layout: Layout, plan: SitePlan, dataPath: String, diagnostics: inout [Diagnostic]) -> String? {
        let hosts = plan.keys.filter { plan.versions(of: $0).contains { $0.source.frontMatter.layout == layout } }
        guard let first = hosts.first else {
            diagnostics.append(Diagnostic(.sectionPageMissing(layout: layout.rawValue, language: plan.config.defaultLanguage), at: SourceLocation(path: dataPath)))
            return nil
        }
        func file(_ key: String) -> SourceFile? {
            plan.versions(of: key).first { $0.source.frontMatter.layout == layout }?.source.file
        }
        if hosts.count > 1, let second = file(hosts[1]) {
            let firstFile = file(first)?.path ?? first
            diagnostics.append(Diagnostic(.sectionPageTwice(layout: layout.rawValue, first: firstFile), at: layoutLocation(in: second)))
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
