import Foundation
import Testing
@testable import TorvKit

@Suite struct EndToEndTests {
    @Test func buildsABilingualSite() throws {
        let site = try TestSite()
        let result = site.build()
        #expect(result.succeeded, "\(site.lines(result))")
        #expect(result.pagesPerLanguage.map(\.count) == [3, 2])

        let home = site.read("index.html")
        #expect(home.contains("<html lang=\"da\">"))
        #expect(home.contains("<a class=\"skip-link\" href=\"#main\">Gå til indhold</a>"))
        #expect(home.contains("<main id=\"main\""))
        #expect(home.contains("<title>Prøvesite</title>"))
        #expect(home.contains("href=\"/strategi/#maal\""))
        #expect(site.read("en/index.html").contains("href=\"/en/strategy/#maal\""))

        let da = site.read("strategi/index.html")
        let en = site.read("en/strategy/index.html")
        // Reciprocal hreflang pairs with x-default.
        for page in [da, en] {
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"da\" href=\"https://example.dk/strategi/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.dk/en/strategy/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.dk/strategi/\">"))
        }
        #expect(da.contains("<link rel=\"canonical\" href=\"https://example.dk/strategi/\">"))
        // The language switcher goes to the same page in the other language, labelled in that language.
        #expect(da.contains("<a href=\"/en/strategy/\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(en.contains("<a href=\"/strategi/\" hreflang=\"da\" lang=\"da\">Dansk</a>"))
        // Headings, table of contents, dates, language spans, breadcrumbs, children.
        #expect(da.contains("<h2 id=\"maal\">"))
        #expect(da.contains("<a href=\"#maal\">Mål</a>"))
        #expect(da.contains("<time datetime=\"2025-03-14\">14. marts 2025</time>"))
        #expect(en.contains("<time datetime=\"2025-03-14\">14 March 2025</time>"))
        #expect(en.contains("<span lang=\"da\">SammenomJOB</span>"))
        #expect(da.contains("<nav class=\"breadcrumbs wrap\" aria-label=\"Du er her\">"))
        #expect(da.contains("<a href=\"/strategi/handlinger/\">Handlinger</a>"))
        // Footer: the authority and the required links.
        #expect(da.contains("Prøve Kommune"))
        #expect(da.contains("<a href=\"/was/\">Tilgængelighedserklæring</a>"))
        #expect(en.contains("<a href=\"/was/\">Accessibility statement</a>"))
        #expect(site.read("was/index.html").contains("url=https://was.digst.dk/example-dk"))
        // An untranslated page says so in the switcher and links the other language's home.
        let actions = site.read("strategi/handlinger/index.html")
        #expect(actions.contains("<a href=\"/en/\" hreflang=\"en\" lang=\"en\">English</a> <span class=\"not-translated\" lang=\"en\">(this page is not available in English)</span>"))
        // The English strategy page links the untranslated page in Danish, marked as such.
        #expect(en.contains("href=\"/strategi/handlinger/\" hreflang=\"da\""))
        // 404 pages per language, and the stylesheet.
        #expect(site.read("404.html").contains("Siden findes ikke"))
        #expect(site.read("en/404.html").contains("Page not found"))
        #expect(site.read("assets/torv.css").contains(":focus-visible"))
        // No script anywhere.
        for (path, data) in site.outputSnapshot() where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("<script"), "\(path)")
        }
    }

    @Test func brokenContentGivesEveryDiagnosticInOneRunAndWritesNothing() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        let before = site.outputSnapshot()

        try site.write("content/strategi/index.da.md", """
            ---
            title: Strategi
            summary: "Vision: uden slut
            ---
            """)
        try site.write("content/index.en.md", """
            ---
            title: Home
            sumary: Welcome.
            summary: Welcome.
            layout: home
            ---

            Read [the strategy](strategi/index.en.md).
            """)
        try site.write("content/index.da.md", """
            ---
            title: Forside
            summary: Velkommen.
            layout: home
            ---

            Læs [planen](strategi/plan.da.md).
            """)
        let english = try String(contentsOf: site.root.appendingPathComponent("content/i18n/en.yaml"), encoding: .utf8)
        try site.write("content/i18n/en.yaml", english.replacingOccurrences(of: "home: Home\n", with: ""))

        let result = site.build()
        #expect(!result.succeeded)
        let errors = site.lines(result).filter { $0.contains(": error: ") }
        let englishLines = try String(contentsOf: site.root.appendingPathComponent("content/i18n/en.yaml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(errors == [
            "content/i18n/en.yaml:\(englishLines):1: error: ui-string-missing",
            "content/index.da.md:7:5: error: broken-link",
            "content/index.en.md:3:1: error: unknown-key",
            "content/strategi/index.da.md:3:10: error: yaml-syntax",
        ])
        #expect(site.outputSnapshot() == before, "a failed build must leave the previous output untouched")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        let first = site.outputSnapshot()
        // Touch the inputs' order and mtimes: rewrite a file, build again.
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\nTilbage til [strategien](index.da.md#maal).\n")
        #expect(site.build().succeeded)
        #expect(site.outputSnapshot() == first)
        #expect(first.count == 16, "pages, 404, CSS, assets/search.js, sitemap, robots.txt, _redirects, _redirects.nginx, .torv-addresses")
    }

    @Test func checkWritesNothing() throws {
        let site = try TestSite()
        let result = site.check()
        #expect(result.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site").path))
    }

    @Test func missingTemplateVariableFailsTheBuild() throws {
        let site = try TestSite()
        try site.write("templates/404.mustache", "{{<base}}{{$main}}<h1>{{page.titel}}</h1>{{/main}}{{/base}}")
        let result = site.build()
        #expect(site.lines(result).filter { $0.contains("error") } == ["templates/404.mustache:1:23: error: template-unknown-variable"])
    }

    @Test func templateSyntaxErrorHasAPosition() throws {
        let site = try TestSite()
        try site.write("templates/404.mustache", "{{<base}}\n{{$main}}<h1>{{page.title</h1>{{/main}}{{/base}}")
        let result = site.build()
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code.rawValue).contains("template-syntax"))
        #expect(errors.allSatisfy { $0.location?.line == 2 })
    }

    @Test func misplacedSectionEndNamesTheOpenSection() throws {
        let site = try TestSite()
        try site.write("templates/404.mustache", "{{<base}}\n{{$main}}{{/page}}{{/main}}{{/base}}")
        let result = site.build()
        #expect(site.lines(result).filter { $0.contains("error") } == ["templates/404.mustache:2:10: error: template-unbalanced"])
        #expect(result.diagnostics.first { $0.code == .templateUnbalanced }?.message.contains("closes `main`, opened on line 2") == true)
    }

    @Test func missingAccessibilityStatementIsAnError() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML.replacingOccurrences(of: "accessibility_statement: https://was.digst.dk/example-dk\n", with: ""))
        #expect(site.lines(site.check()).contains("content/site.yaml:1:1: error: missing-accessibility-statement"))
    }
}

@Suite struct PublishingTests {
    @Test func refusesOutputThatHoldsTheContent() throws {
        let site = try TestSite()
        var options = site.options
        options.output = site.root.path
        let result = SiteBuilder.run(options, write: true)
        #expect(result.isUsageError)
        #expect(result.diagnostics.first?.code == .outputUnsafe)
        options.output = site.root.appendingPathComponent("content").path
        #expect(SiteBuilder.run(options, write: true).diagnostics.first?.code == .outputUnsafe)
    }

    @Test func refusesToReplaceAFolderTorvDidNotBuild() throws {
        let site = try TestSite()
        try site.write("site/important.txt", "keep me")
        let result = site.build()
        #expect(result.diagnostics.first?.code == .outputNotTorv)
        #expect(site.read("important.txt") == "keep me")
    }

    @Test func replacesItsOwnOutputAndRemovesStaleFiles() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        try site.remove("content/strategi/handlinger.da.md")
        try site.write("content/strategi/index.da.md", TestSite.minimal["content/strategi/index.da.md"]!.replacingOccurrences(of: "Se [handlingerne](handlinger.da.md).", with: ""))
        try site.write("content/strategi/index.en.md", TestSite.minimal["content/strategi/index.en.md"]!.replacingOccurrences(of: "See [the actions](handlinger.en.md).", with: ""))
        // Removing a published page is an error unless accepted (see AddressTests).
        #expect(site.lines(site.build()).contains("site/.torv-addresses: error: address-dropped"))
        var options = site.options
        options.acceptRemoved = true
        #expect(SiteBuilder.run(options, write: true).succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site/strategi/handlinger").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("torv-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func cleansLeftoversOfAKilledBuild() throws {
        let site = try TestSite()
        try site.write(".site.torv-tmp-99999/index.html", "half")
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".site.torv-tmp-99999").path))
    }

    @Test func outputFolderMayBeWrittenWithATrailingDotOrSlash() throws {
        #expect(Publisher.normalised("site/.") == "site")
        #expect(Publisher.normalised("./site//") == "site")
        #expect(Publisher.normalised("/tmp/x/./site/") == "/tmp/x/site")
        #expect(Publisher.normalised("./") == ".")
        let site = try TestSite()
        for spelling in ["site/.", "site/", "site"] {
            var options = site.options
            options.output = site.root.appendingPathComponent("site").path + "/" + spelling.dropFirst(4)
            let result = SiteBuilder.run(options, write: true)
            #expect(result.succeeded, "\(spelling): \(site.lines(result))")
        }
        #expect(site.read("index.html").contains("<html"))
    }
}
