import Testing
@testable import TorvKit

/// Partials that read only what all pages of a language share are rendered once per language
/// (`SharedPartials`); everywhere else, and around views that could hold the same names, they are
/// rendered as always.
@Suite struct SharedPartialsTests {
    static func compile(_ templates: [String: String]) throws -> [String: [MustacheNode]] {
        try templates.mapValues { try MustacheParser.parse(HTMLEscaping.pragma + $0) }
    }

    @Test func onlyPartialsReadingTheLanguagesSharedFieldsQualify() throws {
        let compiled = try Self.compile([
            "footer": "<p>{{t.contact}}{{#authority.phone}} {{authority.phone}}{{/authority.phone}}</p>\n{{>inner}}",
            "inner": "{{lang}} {{site.title}}",
            "page-bits": "{{page.title}}",
            "includes-page": "{{lang}}{{>page-bits}}",
            "dynamic": "{{>*lang}}",
            "block": "{{$b}}x{{/b}}",
            "position": "{{#t}}{{first()}}{{/t}}",
            "innermost": "{{.lang}}",
        ])
        #expect(SharedPartials.templates(in: compiled, names: PageView.chromeFields) == ["footer", "inner"])
        // The real footer qualifies; the header (the menu marks the current page) does not.
        let real = try Self.compile(["footer": Self.template("partials/footer"), "header": Self.template("partials/header")])
        #expect(SharedPartials.templates(in: real, names: PageView.chromeFields) == ["footer"])
    }

    static func template(_ name: String) throws -> String {
        try String(contentsOf: TestSite.repository.appendingPathComponent("templates/\(name).mustache"), encoding: .utf8)
    }

    /// Inside a section whose view has a field of a shared name (an alternate's `lang`), the partial
    /// reads that field, as swift-mustache does, and what was kept for the page is not used there.
    @Test func aViewAroundThePartialIsReadFirst() {
        var view = MustacheReference.view
        view.alternates = [AlternateView(lang: "xx", url: "/xx/"), AlternateView(lang: "yy", url: "/yy/")]
        let templates = ["page": "{{>p}}|{{#alternates}}{{>p}};{{/alternates}}|{{>p}}", "p": "{{lang}}"]
        let (torv, reference) = MustacheReference.render(templates, view: view)
        #expect(torv == reference)
        #expect(torv == "\(view.chrome.lang)|xx;yy;|\(view.chrome.lang)")
    }

    /// A partial indented as a standalone tag is kept per indentation.
    @Test func indentationIsPartOfWhatIsKept() {
        let templates = ["page": "a\n  {{>p}}\nb\n{{>p}}\n    {{>p}}\n", "p": "{{lang}}\n{{lang}}\n"]
        let (torv, reference) = MustacheReference.render(templates, view: MustacheReference.view)
        #expect(torv == reference)
        #expect(torv?.contains("\n  \(MustacheReference.view.chrome.lang)\n  \(MustacheReference.view.chrome.lang)\n") == true)
    }
}
