import Mustache

/// The site's Mustache templates (`templates/*.mustache`), parsed once and checked before any page is rendered.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    public let names: Set<String>
    /// Layouts every site needs: pages, the home page and the 404 page.
    public static let requiredLayouts = ["page", "home", "404"]
    /// Layouts the catalogue needs when the site has one.
    public static let catalogueLayouts = ["catalogue", "enterprise", "catalogue-facet", "catalogue-print"]
    public static let prizeLayouts = ["prize", "prize-nominate", "prize-winners"]
    public static let marketDayLayouts = ["market-day", "market-day-year"]
    public static let storyLayouts = ["stories", "stories-list", "story"]

    /// Loads and parses every template; a syntax error becomes a diagnostic with its line and column.
    static func load(
        from directory: ContentDirectory, uiStrings: [String], layouts: [String] = requiredLayouts, diagnostics: inout [Diagnostic]
    ) -> TemplateSet? {
        guard directory.exists else {
            diagnostics.append(Diagnostic(.noTemplates(), at: SourceLocation(path: directory.root)))
            return nil
        }
        var files: [(name: String, file: SourceFile)] = []
        for path in directory.listFiles(diagnostics: &diagnostics) where path.hasSuffix(".mustache") {
            guard let file = directory.readText(path, diagnostics: &diagnostics) else { continue }
            files.append((String(path.dropLast(".mustache".count)), file))
        }
        return make(files, uiStrings: uiStrings, layouts: layouts, displayPath: directory.displayPath, diagnostics: &diagnostics)
    }

    /// Parses and checks templates already read (`name` without `.mustache`); the fuzz target uses it directly.
    static func make(
        _ files: [(name: String, file: SourceFile)], uiStrings: [String], layouts: [String], displayPath: (String) -> String,
        diagnostics: inout [Diagnostic]
    ) -> TemplateSet? {
        let before = diagnostics.count
        var library = MustacheLibrary()
        var sources: [String: SourceFile] = [:]
        var unparsable = Set<String>()
        var tags: [String: [TemplateLinter.Tag]] = [:]
        for (name, file) in files {
            sources[name] = file
            let fileTags = TemplateLinter.tags(in: file.text)
            tags[name] = fileTags
            // swift-mustache's parser recurses once per level: too deep a file is never given to it.
            if let tooDeep = TemplateStructure.nestingProblem(in: file, tags: fileTags) {
                unparsable.insert(name)
                diagnostics.append(tooDeep)
                continue
            }
            do {
                try library.register(file.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                unparsable.insert(name)
                let reason = String(describing: error.error)
                // A misplaced `{{/…}}`: the linter can say which section it meets.
                let unbalanced = reason == "sectionCloseNameIncorrect" ? TemplateLinter.unbalancedSection(in: file) : nil
                diagnostics.append(unbalanced ?? Diagnostic(
                    .templateSyntax(error: reason),
                    at: file.location(line: error.context.lineNumber, column: error.context.columnNumber), excerpt: error.context.line))
            } catch {
                unparsable.insert(name)
                diagnostics.append(Diagnostic(.templateSyntax(error: String(describing: error)), at: file.location(line: 1, column: 1)))
            }
        }
        // Circles of partials and layouts, and nesting too deep through them, would overflow the stack when rendering.
        unparsable.formUnion(TemplateStructure.check(sources: sources, tags: tags, diagnostics: &diagnostics))
        for layout in layouts where sources[layout] == nil {
            diagnostics.append(Diagnostic(
                .templateMissing(layout: layout, required: layouts), at: SourceLocation(path: displayPath(layout + ".mustache"))))
        }
        for layout in layouts where sources[layout] != nil {
            let schema = TemplateSchema.forLayout(layout, uiStrings: uiStrings)
            TemplateLinter(sources: sources, schema: schema, unparsable: unparsable).lint(layout, diagnostics: &diagnostics)
        }
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }) else { return nil }
        return TemplateSet(library: library, names: Set(sources.keys))
    }

    func render(_ context: [String: Any], layout: String) -> String {
        library.render(context, withTemplate: layout) ?? ""
    }
}
