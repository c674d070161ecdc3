import Mustache

/// The site's Mustache templates (`templates/*.mustache`), parsed once and checked before any page is rendered.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    public let names: Set<String>
    /// A hash of every template's text: a page rendered with other templates is rendered again.
    let key: UInt64

    /// Loads and parses every template; a syntax error becomes a diagnostic with its line and column.
    static func load(
        from directory: ContentDirectory, uiKeys: Set<String>, layouts: [Layout] = Layout.required, diagnostics: inout [Diagnostic]
    ) -> TemplateSet? {
        guard directory.exists else {
            diagnostics.append(Diagnostic(.noTemplates(), at: SourceLocation(path: directory.root)))
            return nil
        }
        let before = diagnostics.count
        var library = MustacheLibrary()
        var sources: [String: SourceFile] = [:]
        var unparsable = Set<String>()
        for path in directory.listFiles(diagnostics: &diagnostics) where path.hasSuffix(".mustache") {
            guard let file = directory.readText(path, diagnostics: &diagnostics) else { continue }
            let name = String(path.dropLast(".mustache".count))
            sources[name] = file
            do {
                _ = HTMLEscaping.registered
                try library.register(HTMLEscaping.pragma + file.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                unparsable.insert(name)
                let reason = String(describing: error.error)
                // A misplaced `{{/…}}`: the linter can say which section it meets.
                let unbalanced = reason == "sectionCloseNameIncorrect" ? TemplateLinter.unbalancedSection(in: file) : nil
                diagnostics.append(unbalanced ?? Diagnostic(
                    .templateSyntax(error: reason),
                    at: file.location(line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                    excerpt: error.context.line))
            } catch {
                unparsable.insert(name)
                diagnostics.append(Diagnostic(.templateSyntax(error: String(describing: error)), at: file.location(line: 1, column: 1)))
            }
        }
        for layout in layouts where sources[layout.templateName] == nil {
            diagnostics.append(Diagnostic(
                .templateMissing(layout: layout.templateName, required: layouts.map(\.templateName)),
                at: SourceLocation(path: directory.displayPath(layout.templateName + ".mustache"))))
        }
        for layout in layouts where sources[layout.templateName] != nil {
            TemplateLinter(sources: sources, schema: layout.schema, uiKeys: uiKeys, unparsable: unparsable)
                .lint(layout.templateName, diagnostics: &diagnostics)
        }
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }) else { return nil }
        var hash = StableHash()
        for (name, file) in sources.sorted(by: { $0.key < $1.key }) {
            hash.add(name)
            hash.add(file.text)
        }
        return TemplateSet(library: library, names: Set(sources.keys), key: hash.value)
    }

    func render(_ view: PageView, layout: Layout) -> String {
        library.render(view, withTemplate: layout.templateName) ?? ""
    }
}
