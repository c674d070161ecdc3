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
            diagnostics.append(.error(
                "no-templates", at: SourceLocation(path: directory.root), "the templates folder does not exist",
                hint: "give the folder with --templates"))
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
                try library.register(file.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                unparsable.insert(name)
                diagnostics.append(.error(
                    "template-syntax", at: file.location(line: error.context.lineNumber, column: error.context.columnNumber),
                    TemplateSet.describe(error.error),
                    hint: "check that every `{{#section}}` has its `{{/section}}` and every `{{` its `}}`",
                    excerpt: error.context.line))
            } catch {
                unparsable.insert(name)
                diagnostics.append(.error("template-syntax", at: file.location(line: 1, column: 1), "the template cannot be read: \(error)"))
            }
        }
        for layout in layouts where sources[layout] == nil {
            diagnostics.append(.error(
                "template-missing", at: SourceLocation(path: directory.displayPath(layout + ".mustache")),
                "the template `\(layout).mustache` is missing", hint: "this site needs the templates \(layouts.joined(separator: ", "))"))
        }
        for layout in layouts where sources[layout] != nil {
            let schema = TemplateSchema.forLayout(layout, uiStrings: uiStrings)
            TemplateLinter(sources: sources, schema: schema, unparsable: unparsable).lint(layout, diagnostics: &diagnostics)
        }
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }) else { return nil }
        return TemplateSet(library: library, names: Set(sources.keys))
    }

    /// swift-mustache's parser errors in plain words.
    static func describe(_ error: Error) -> String {
        switch String(describing: error) {
        case "sectionCloseNameIncorrect": return "this `{{/…}}` does not close the section that is open here"
        case "unfinishedName": return "a tag is not finished: `{{` without its `}}`"
        case "expectedSectionEnd": return "a section is opened but never closed with `{{/…}}`"
        case "invalidSetDelimiter": return "the delimiter change `{{=… …=}}` is not valid"
        case "transformAppliedToInheritanceSection": return "a transform cannot be used on `{{<…}}` or `{{$…}}`"
        case "illegalTokenInsideInheritSection", "textInsideInheritSection":
            return "inside `{{<parent}}…{{/parent}}` only `{{$block}}…{{/block}}` overrides may stand"
        default: return "the template cannot be read: \(error)"
        }
    }

    func render(_ context: [String: Any], layout: String) -> String {
        library.render(context, withTemplate: layout) ?? ""
    }
}
