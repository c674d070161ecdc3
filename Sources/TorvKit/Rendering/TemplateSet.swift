import Mustache

/// The site's Mustache templates (`templates/*.mustache`), parsed once and checked before any page is rendered.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    public let names: Set<String>
    /// Layouts a page can ask for, plus the 404 page; each must exist.
    public static let requiredLayouts = ["page", "home", "404"]

    /// Loads and parses every template; a syntax error becomes a diagnostic with its line and column.
    static func load(from directory: ContentDirectory, uiStrings: [String], diagnostics: inout [Diagnostic]) -> TemplateSet? {
        guard directory.exists else {
            diagnostics.append(.error(
                "no-templates", at: SourceLocation(path: directory.root), "the templates folder does not exist",
                hint: "give the folder with --templates"))
            return nil
        }
        let before = diagnostics.count
        var library = MustacheLibrary()
        var sources: [String: SourceFile] = [:]
        for path in directory.listFiles(diagnostics: &diagnostics) where path.hasSuffix(".mustache") {
            guard let file = directory.readText(path, diagnostics: &diagnostics) else { continue }
            let name = String(path.dropLast(".mustache".count))
            sources[name] = file
            do {
                try library.register(file.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "template-syntax", at: file.location(line: error.context.lineNumber, column: error.context.columnNumber),
                    "the template cannot be read: \(error.error)",
                    hint: "check that every `{{#section}}` has its `{{/section}}` and every `{{` its `}}`",
                    excerpt: error.context.line))
            } catch {
                diagnostics.append(.error("template-syntax", at: file.location(line: 1, column: 1), "the template cannot be read: \(error)"))
            }
        }
        for layout in requiredLayouts where sources[layout] == nil {
            diagnostics.append(.error(
                "template-missing", at: SourceLocation(path: directory.displayPath(layout + ".mustache")),
                "the template `\(layout).mustache` is missing", hint: "every site needs the templates \(requiredLayouts.joined(separator: ", "))"))
        }
        let linter = TemplateLinter(sources: sources, schema: TemplateSchema.page(uiStrings: uiStrings))
        for layout in requiredLayouts where sources[layout] != nil {
            linter.lint(layout, diagnostics: &diagnostics)
        }
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }) else { return nil }
        return TemplateSet(library: library, names: Set(sources.keys))
    }

    func render(_ context: [String: Any], layout: String) -> String {
        library.render(context, withTemplate: layout) ?? ""
    }
}
