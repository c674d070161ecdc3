import Testing
@testable import TorvKit

@Suite struct SitePlanTests {
    func plan(_ files: [String: String]) throws -> (SitePlan?, [Diagnostic]) {
        let site = try TestSite(files)
        var diagnostics: [Diagnostic] = []
        guard let content = ContentLoader.load(from: ContentDirectory(root: site.root.path + "/content"), diagnostics: &diagnostics)
        else { return (nil, diagnostics) }
        return (SitePlan(content: content, diagnostics: &diagnostics), diagnostics)
    }

    @Test func addressesFollowFoldersAndPerLanguageSlugs() throws {
        let (plan, diagnostics) = try plan(TestSite.minimal)
        let p = try #require(plan)
        #expect(p.page(key: "index", language: "da")?.path == "")
        #expect(p.page(key: "index", language: "en")?.path == "en/")
        #expect(p.page(key: "strategi/index", language: "da")?.path == "strategi/")
        #expect(p.page(key: "strategi/index", language: "en")?.path == "en/strategy/")
        // The English page without its own slug still sits under the English folder slug.
        #expect(p.page(key: "strategi/handlinger", language: "da")?.outputPath == "strategi/handlinger/index.html")
        #expect(p.parentKey(of: "strategi/handlinger") == "strategi/index")
        #expect(p.ancestors(of: "strategi/handlinger") == ["index", "strategi/index"])
        #expect(p.children(of: "strategi/index", language: "da").map(\.key) == ["strategi/handlinger"])
        // handlinger has no English version: reported, published in Danish only.
        let warning = diagnostics.first { $0.code == .untranslatedPage }
        #expect(warning?.location?.path.hasSuffix("content/strategi/handlinger.da.md") == true)
        #expect(warning?.severity == .warning)
    }

    @Test func twoPagesAtOneAddressIsAnErrorNamingBoth() throws {
        var files = TestSite.minimal
        files["content/strategi/plan.da.md"] = "---\ntitle: P\nsummary: S\nslug: handlinger\n---\n"
        let (_, diagnostics) = try plan(files)
        let error = diagnostics.first { $0.code == .duplicateURL }
        #expect(error != nil)
        #expect(error?.message.contains("handlinger.da.md") == true || error?.location?.path.hasSuffix("handlinger.da.md") == true)
        #expect(error?.message.contains("/strategi/handlinger/") == true)
    }

    @Test func pageFileNamesMustCarryALanguage() throws {
        var files = TestSite.minimal
        files["content/om.md"] = "---\ntitle: Om\nsummary: S\n---\n"
        files["content/about.fr.md"] = "---\ntitle: Om\nsummary: S\n---\n"
        let (_, diagnostics) = try plan(files)
        #expect(diagnostics.filter { $0.code == .pageName }.count == 2)
    }

    @Test func basePathIsUsedInAddresses() {
        var config = SiteConfig(
            languages: ["da", "en"], baseURL: "https://kolding.dk/socialoekonomi/", title: .init(), tagline: .init(),
            authority: .init(name: .init(), address: ""), navigation: [], allowRawHTML: false, privacyPolicy: .init(),
            accessibilityStatement: "")
        #expect(config.basePath == "/socialoekonomi/")
        #expect(config.origin == "https://kolding.dk")
        config.baseURL = "https://example.dk/"
        #expect(config.basePath == "/")
    }
}

@Suite struct LinkResolverTests {
    func resolver() throws -> (LinkResolver, SitePlan) {
        let site = try TestSite(TestSite.minimal)
        var diagnostics: [Diagnostic] = []
        let content = try #require(ContentLoader.load(from: ContentDirectory(root: site.root.path + "/content"), diagnostics: &diagnostics))
        let plan = SitePlan(content: content, diagnostics: &diagnostics)
        let anchors: [String: [String: Set<String>]] = [
            "strategi/index": ["da": ["vision", "maal"], "en": ["vision", "maal"]],
            "index": ["da": [], "en": []],
            "strategi/handlinger": ["da": []],
        ]
        return (LinkResolver(plan: plan, anchors: anchors, staticFiles: ["media/plan.pdf"], generatedPaths: []), plan)
    }

    func link(_ destination: String) -> MarkdownPage.PendingLink {
        .init(destination: destination, isImage: false, location: SourceLocation(path: "x", line: 3, column: 5))
    }

    @Test func linksGoToTheReadersLanguage() throws {
        let (resolver, plan) = try resolver()
        let english = try #require(plan.page(key: "index", language: "en"))
        // A link written to the Danish file from an English page goes to the English translation.
        #expect(try resolver.resolve(link("strategi/index.da.md#maal"), from: english).get() == .init(url: "/en/strategy/#maal"))
        // No English version: the Danish page, marked with hreflang.
        let english2 = try #require(plan.page(key: "strategi/index", language: "en"))
        #expect(try resolver.resolve(link("handlinger.en.md"), from: english2).get() == .init(url: "/strategi/handlinger/", hreflang: "da"))
    }

    @Test func brokenLinksAndAnchorsAreErrorsWithSuggestions() throws {
        let (resolver, plan) = try resolver()
        let home = try #require(plan.page(key: "index", language: "da"))
        guard case .failure(let missing) = resolver.resolve(link("strategi/indeks.da.md"), from: home) else {
            Issue.record("expected failure")
            return
        }
        #expect(missing.code == .brokenLink)
        #expect(missing.location == SourceLocation(path: "x", line: 3, column: 5))
        #expect(missing.hint == "did you mean `strategi/index.da.md`?")
        guard case .failure(let anchor) = resolver.resolve(link("strategi/index.da.md#mal"), from: home) else {
            Issue.record("expected failure")
            return
        }
        #expect(anchor.code == .brokenAnchor)
        #expect(anchor.hint == "did you mean `#maal`?")
        guard case .failure(let outside) = resolver.resolve(link("../../etc/passwd"), from: home) else {
            Issue.record("expected failure")
            return
        }
        #expect(outside.code == .brokenLink)
    }

    /// Plain links to pages' files, resolved on their bytes, resolve as the general path resolves
    /// them: the same address and language, or the same message, from pages in every folder.
    @Test func plainPageLinksResolveAsTheGeneralPath() throws {
        let (resolver, plan) = try resolver()
        var generator = MustacheRandomTests.RNG(state: 0x11_4C)
        let pieces = ["..", ".", "/", "strategi", "index", "handlinger", "indeks", ".da", ".en", ".de", ".md", "#", "vision", "maal", "mal", "%20", "?x", "x", " ", "æ"]
        var plain = 0
        for _ in 0..<6_000 {
            let destination = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                + (Bool.random(using: &generator) ? ".da.md" : "") + (Int.random(in: 0..<3, using: &generator) == 0 ? "#vision" : "")
            guard let page = plan.pages.randomElement(using: &generator) else { continue }
            let general = resolver.resolveGeneral(link(destination), from: page)
            if resolver.resolvePlainPageLink(link(destination), from: page) != nil { plain += 1 }
            switch (resolver.resolve(link(destination), from: page), general) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(destination) from \(page.key)")
            case (.failure(let a), .failure(let b)):
                #expect(FlatYAMLTests.described(a) == FlatYAMLTests.described(b), "\(destination) from \(page.key)")
            default: Issue.record("\(destination) from \(page.key): one path resolves, the other does not")
            }
        }
        #expect(plain > 1_000, "only \(plain) plain links")
    }

    @Test func mediaFilesAndRootAddresses() throws {
        let (resolver, plan) = try resolver()
        let page = try #require(plan.page(key: "strategi/index", language: "da"))
        #expect(try resolver.resolve(link("../media/plan.pdf"), from: page).get().url == "/media/plan.pdf")
        #expect(try resolver.resolve(link("/strategi/"), from: page).get().url == "/strategi/")
        #expect(try resolver.resolve(link("#vision"), from: page).get().url == "#vision")
        if case .success = resolver.resolve(link("/nowhere/"), from: page) { Issue.record("expected failure") }
    }
}

@Suite struct TemplateLinterTests {
    func lint(_ templates: [String: String]) -> [Diagnostic] {
        let sources = templates.mapValues { SourceFile(path: "t.mustache", text: $0) }
        var diagnostics: [Diagnostic] = []
        TemplateLinter(sources: sources, schema: Layout.page.schema, uiKeys: ["home"]).lint("page", diagnostics: &diagnostics)
        return diagnostics
    }

    @Test func knownNamesPass() {
        let d = lint(["page": "{{page.title}} {{#nav}}<a href=\"{{url}}\">{{title}}</a>{{/nav}} {{t.home}} {{>p}}", "p": "{{lang}}"])
        #expect(d.isEmpty)
    }

    @Test func misspeltVariableIsReportedWithPositionAndSuggestion() {
        let d = lint(["page": "<h1>\n  {{page.titel}}</h1>"])
        #expect(d.count == 1)
        #expect(d.first?.code == .templateUnknownVariable)
        #expect(d.first?.location?.line == 2)
        #expect(d.first?.location?.column == 3)
        #expect(d.first?.hint?.contains("did you mean 'page.title'?") == true)
    }

    @Test func missingUIStringAndPartialAreReported() {
        let d = lint(["page": "{{t.skip}} {{>partials/nope}}"])
        #expect(d.map(\.code.rawValue) == ["template-unknown-variable", "template-missing-partial"])
    }

    @Test func unbalancedSectionsAreReported() {
        let mismatch = TemplateLinter.unbalancedSection(in: SourceFile(path: "t.mustache", text: "{{#nav}}\n{{/breadcrumbs}}"))
        #expect(mismatch?.code == .templateUnbalanced)
        #expect(mismatch?.message == "`{{/breadcrumbs}}` closes `nav`, opened on line 1")
        #expect(mismatch?.location == SourceLocation(path: "t.mustache", line: 2, column: 1))
        let stray = TemplateLinter.unbalancedSection(in: SourceFile(path: "t.mustache", text: "{{#nav}}{{/nav}}{{/nav}}"))
        #expect(stray?.message == "`{{/nav}}` closes a section that was never opened")
        #expect(TemplateLinter.unbalancedSection(in: SourceFile(path: "t.mustache", text: "{{#a}}{{^b}}{{/b}}{{/a}}")) == nil)
    }

    @Test func aMissingDanishPageIsNotToBeMarked() throws {
        var files = TestSite.minimal
        files["content/strategi/kun-engelsk.en.md"] = "---\ntitle: Only English\nsummary: S.\n---\n\nText.\n"
        let site = try TestSite(files)
        let diagnostic = try #require(site.check().diagnostics.first { $0.message.contains("no Danish version") })
        #expect(diagnostic.hint?.contains("kun-engelsk.da.md") == true)
        #expect(diagnostic.hint?.contains("--mark") == false, "the Danish original is never marked")
    }
}
