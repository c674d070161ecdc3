/// Pages generated from data must not take an address a Markdown page already has.
enum GeneratedPathValidator {
    static func check(_ paths: [String], plan: SitePlan, diagnostics: inout [Diagnostic]) {
        let pages = Dictionary(plan.pages.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for path in paths {
            if !seen.insert(path).inserted { continue }
            if let page = pages[path] {
                diagnostics.append(.error("duplicate-url", at: page.source.file.location(line: 1, column: 1),
                    "this page would be published at /\(path), where Torv puts a page generated from the catalogue",
                    hint: "give the page another `slug:`, or move it"))
            }
        }
    }
}
