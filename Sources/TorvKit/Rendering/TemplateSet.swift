import Mustache

/// The site's Mustache templates (`templates/*.mustache`), parsed once and checked before any page is rendered.
public struct TemplateSet: Sendable {
    /// Every template parsed, by name (`partials/x` for templates/partials/x.mustache).
    let compiled: [String: [MustacheNode]]
    /// swift-mustache's parse of the same templates, for a set made to render with it (the tests' reference).
    let reference: MustacheLibrary?
    public let names: Set<String>
    /// Every template's text, by name, to say where a page was cut off (see `render`).
    let sources: [String: SourceFile]
    /// A hash of every template's text: a page rendered with other templates is rendered again.
    let key: UInt64
    /// The partials whose output is the same on every page of a language (`SharedPartials`).
    var shared: Set<String> = []

    /// Loads and parses every template; a syntax error becomes a diagnostic with its line and column.
    static func load(
        from directory: ContentDirectory, uiKeys: Set<String>, layouts: [Layout] = Layout.required, engine: TemplateEngine = .torv,
        diagnostics: inout [Diagnostic]
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
        return make(files, uiKeys: uiKeys, layouts: layouts, displayPath: directory.displayPath, engine: engine, diagnostics: &diagnostics)
    }

    /// Parses and checks templates already read (`name` without `.mustache`); the fuzz target uses it directly.
    static func make(
        _ files: [(name: String, file: SourceFile)], uiKeys: Set<String>, layouts: [Layout], displayPath: (String) -> String,
        engine: TemplateEngine = .torv, diagnostics: inout [Diagnostic]
    ) -> TemplateSet? {
        let before = diagnostics.count
        var compiled: [String: [MustacheNode]] = [:]
        var sources: [String: SourceFile] = [:]
        var unparsable = Set<String>()
        var tags: [String: [TemplateLinter.Tag]] = [:]
        // Each file on its own, in parallel; the results are taken in the files' order.
        let read = Parallel.map(files.map(\.file)) { file -> (tags: [TemplateLinter.Tag], parsed: Result<[MustacheNode], Diagnostic>) in
            let fileTags = TemplateLinter.tags(in: file.text)
            // The parser recurses once per level: too deep a file is never given to it.
            if let tooDeep = TemplateStructure.nestingProblem(in: file, tags: fileTags) { return (fileTags, .failure(tooDeep)) }
            return (fileTags, parse(file))
        }
        for ((name, file), result) in zip(files, read) {
            sources[name] = file
            tags[name] = result.tags
            switch result.parsed {
            case .success(let nodes): compiled[name] = nodes
            case .failure(let problem):
                unparsable.insert(name)
                diagnostics.append(problem)
            }
        }
        // Circles of partials and layouts, and nesting too deep through them, would overflow the stack when rendering.
        unparsable.formUnion(TemplateStructure.check(sources: sources, tags: tags, diagnostics: &diagnostics))
        for layout in layouts where sources[layout.templateName] == nil {
            diagnostics.append(Diagnostic(
                .templateMissing(layout: layout.templateName, required: layouts.map(\.templateName)),
                at: SourceLocation(path: displayPath(layout.templateName + ".mustache"))))
        }
        for layout in layouts where sources[layout.templateName] != nil {
            TemplateLinter(sources: sources, schema: layout.schema, uiKeys: uiKeys, unparsable: unparsable)
                .lint(layout.templateName, diagnostics: &diagnostics)
        }
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }) else { return nil }
        var hash = KeyHash()
        for (name, file) in sources.sorted(by: { $0.key < $1.key }) {
            hash.add(name)
            hash.add(file.text)
        }
        let reference = engine == .swiftMustache ? referenceLibrary(sources, parsed: compiled.keys) : nil
        return TemplateSet(
            compiled: compiled, reference: reference, names: Set(sources.keys), sources: sources, key: hash.value,
            shared: SharedPartials.templates(in: compiled, names: PageView.chromeFields))
    }

    /// Parses one template (with Torv's escaping); a syntax error as a diagnostic.
    private static func parse(_ file: SourceFile) -> Result<[MustacheNode], Diagnostic> {
        do {
            return .success(try MustacheParser.parse(HTMLEscaping.pragma + file.text))
        } catch {
            let reason = String(describing: error.reason)
            // A misplaced `{{/…}}`: the linter can say which section it meets.
            let unbalanced = error.reason == .sectionCloseNameIncorrect ? TemplateLinter.unbalancedSection(in: file) : nil
            // The pragma put in front of the text is line 1.
            return .failure(unbalanced ?? Diagnostic(
                .templateSyntax(error: reason), at: file.location(line: max(1, error.lineNumber - 1), column: error.column),
                excerpt: error.line))
        }
    }

    /// swift-mustache's library of the templates Torv's parser accepted.
    private static func referenceLibrary(_ sources: [String: SourceFile], parsed: some Sequence<String>) -> MustacheLibrary {
        _ = HTMLEscaping.registered
        var library = MustacheLibrary()
        for name in parsed {
            if let file = sources[name] { try? library.register(HTMLEscaping.pragma + file.text, named: name) }
        }
        return library
    }

    /// The page's HTML, as UTF-8 bytes (every byte comes from a template or a view's text). A page the
    /// renderer cut off at its limits is an error in `diagnostics`, at the tag where it stopped.
    /// `exactSize`: the bytes are kept (not written at once), so they are copied without spare capacity.
    func render(_ view: PageView, layout: Layout, diagnostics: inout [Diagnostic], exactSize: Bool = true) -> [UInt8] {
        if let reference { return Array((reference.render(view, withTemplate: layout.templateName) ?? "").utf8) }
        let shared = SharedPartials(templates: self.shared, outputs: view.chrome.partials, templatesKey: key)
        var renderer = MustacheRenderer(templates: compiled, root: .object(view), shared: shared)
        guard renderer.render(template: layout.templateName) else { return [] }
        if let stop = renderer.stop { diagnostics.append(problem(at: stop)) }
        // A copy of its exact size: the buffer's spare capacity would stay with every page until it is written.
        return exactSize ? renderer.buffer.withUnsafeBufferPointer { Array($0) } : renderer.buffer
    }

    /// Where the renderer stopped, as a diagnostic: at the block in the circle that led there which
    /// showed a replacement (which then holds the same block), else at the circle's first tag, else at
    /// the tag it did not go into.
    func problem(at stop: MustacheRenderer.Stop) -> Diagnostic {
        let limit = stop.tooDeep ? MustacheRenderer.maximumDepth : MustacheRenderer.maximumExpansions
        let start = stop.circle.firstIndex { $0.isBlock && $0.isReplaced } ?? 0
        let circle = stop.circle[start...] + stop.circle[..<start]
        let place = circle.first ?? stop.at
        let names = circle.isEmpty ? [] : (circle + [place]).map { (name: $0.name, isBlock: $0.isBlock) }
        let message = Message.templateRenderLimit(name: place.name, isBlock: place.isBlock, circle: names, tooDeep: stop.tooDeep, limit: limit)
        guard let file = sources[place.template] else { return Diagnostic(message, at: nil) }
        // The parsed text starts with the escaping pragma (one line); lines and columns count Characters.
        let offset = place.tag - HTMLEscaping.pragma.count
        guard offset >= 0 else { return Diagnostic(message, at: SourceLocation(path: file.path)) }
        var line = 1, column = 1
        for character in file.text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return Diagnostic(message, at: file.location(line: line, column: column), excerpt: file.line(line))
    }
}
