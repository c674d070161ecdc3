import Foundation
import Testing
@testable import TorvKit

/// Torv's own Mustache renderer against swift-mustache, the renderer it replaced: the same bytes for
/// the real site, the fuzz corpus and hand-written cases of the rules where renderers differ most
/// (standalone lines, indentation, inheritance, the context stack), and the same syntax errors.
@Suite struct MustacheRendererTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var templates: [String: String]
        /// What it renders to, written out where the rule is worth seeing; nil: only compared.
        var expected: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "standalone section lines vanish", templates: [
            "page": "<ul>\n  {{#page.children}}\n  <li>{{title}}</li>\n  {{/page.children}}\n</ul>\n"],
             expected: "<ul>\n  <li>A</li>\n  <li>B</li>\n</ul>\n"),
        Case(name: "a standalone partial is indented line by line", templates: [
            "page": "<ul>\n  {{>partials/a}}\n</ul>\n", "partials/a": "<li>1</li>\n<li>{{page.title}}</li>\n"],
             expected: "<ul>\n  <li>1</li>\n  <li>T &lt;b&gt;</li>\n</ul>\n"),
        Case(name: "nested partials add their indentation", templates: [
            "page": "<div>\n  {{>partials/a}}\n</div>\n", "partials/a": "<ul>\n  {{>partials/b}}\n</ul>\n",
            "partials/b": "{{#nav}}\n<li>{{title}}</li>\n{{/nav}}\n"],
             // swift-mustache indents what a token adds after a newline: a list's section is one token.
             expected: "<div>\n  <ul>\n    <li>Forside</li>\n<li>Strategi &amp; mål</li>\n  </ul>\n</div>\n"),
        Case(name: "a partial inside a line is not indented", templates: [
            "page": "<p>  {{>partials/a}} end\n", "partials/a": "one\ntwo\n"], expected: "<p>  one\ntwo\n end\n"),
        Case(name: "a block is replaced by the child's", templates: [
            "base": "<h1>{{$title}}Default{{/title}}</h1>\n{{$body}}B{{/body}}\n",
            "page": "{{<base}}{{$title}}{{page.title}}{{/title}}{{/base}}\n"],
             expected: "<h1>T &lt;b&gt;</h1>\nB\n\n"),
        Case(name: "nested parents: the outermost replacement wins", templates: [
            "outer": "[{{$a}}outer-a{{/a}}|{{$b}}outer-b{{/b}}|{{$c}}outer-c{{/c}}]\n",
            "base": "{{<outer}}{{$a}}base-a{{/a}}{{$b}}base-b{{/b}}{{/outer}}",
            "page": "{{<base}}{{$b}}page-b{{/b}}{{$c}}page-c{{/c}}{{/base}}"],
             expected: "[base-a|page-b|page-c]\n"),
        Case(name: "a standalone block keeps its indentation", templates: [
            "base": "<main>\n  {{$body}}\n  <p>default</p>\n  {{/body}}\n</main>\n",
            "page": "{{<base}}\n{{$body}}\n<p>one</p>\n<p>{{lang}}</p>\n{{/body}}\n{{/base}}\n"], expected: nil),
        Case(name: "escaping: double, triple and ampersand", templates: [
            "page": "{{page.title}} {{{page.title}}} {{&page.title}} {{#nav}}{{title}}{{/nav}} \"'<>&"],
             expected: "T &lt;b&gt; T <b> T <b> ForsideStrategi &amp; mål \"'<>&"),
        Case(name: "missing values render empty", templates: [
            "page": "[{{page.date}}][{{#page.date}}x{{/page.date}}][{{^page.date}}none{{/page.date}}][{{nothing.here}}]"],
             expected: "[][][none][]"),
        Case(name: "an empty list shows only the inverted section", templates: [
            "page": "{{#alternates}}x{{/alternates}}{{^alternates}}empty{{/alternates}}|{{^nav}}no{{/nav}}"],
             expected: "empty|"),
        Case(name: "flags", templates: [
            "page": "{{#page.isHome}}home{{/page.isHome}}{{^page.isHome}}not{{/page.isHome}} {{page.isHome}} {{#nav}}{{current}}{{/nav}}"],
             expected: "not false falsetrue"),
        Case(name: "dotted names and the context stack", templates: [
            "page": "{{#page}}{{#children}}{{title}}/{{layout}}/{{lang}}/{{page.title}}/{{.title}}/{{.layout}};{{/children}}{{/page}}"],
             expected: "A/page/da/T &lt;b&gt;/A/;B/page/da/T &lt;b&gt;/B/;"),
        Case(name: "an absent value is looked for further out", templates: [
            "page": "{{#nav}}{{hreflang}},{{/nav}}|{{#nav}}{{#hreflang}}{{.}}{{/hreflang}}{{/nav}}"], expected: nil),
        Case(name: "the current value", templates: [
            "page": "{{#page.title}}[{{.}}]{{/page.title}}{{#lang}}<{{.}}>{{/lang}}"], expected: "[T &lt;b&gt;]<da>"),
        Case(name: "transforms and list positions", templates: [
            "page": "{{^empty(page.children)}}has{{/empty(page.children)}}{{#empty(alternates)}}none{{/empty(alternates)}} "
                + "{{#page.children}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#odd()}}o{{/odd()}};{{/page.children}} "
                + "{{uppercased(page.title)}} {{count(page.children)}} {{#reversed(page.children)}}{{title}}{{/reversed(page.children)}} "
                + "{{plusone(count(nav))}} {{^empty(page.toc)}}no toc{{/empty(page.toc)}} {{#first(nav)}}{{title}}{{/first(nav)}}"],
             expected: "hasnone 0F;1Lo; T &lt;B&gt; 2 BA 3 no toc Forside"),
        Case(name: "CRLF lines", templates: [
            "page": "<ul>\r\n  {{#nav}}\r\n  <li>{{title}}</li>\r\n  {{/nav}}\r\n  {{>partials/a}}\r\n</ul>\r\n",
            "partials/a": "<li>a</li>\r\n<li>b</li>\n<li>c</li>\r\n"], expected: nil),
        Case(name: "comments and delimiter changes", templates: [
            "page": "a\n  {{! a comment }}\nb {{! inline }} c\n{{=<% %>=}}\n<% page.title %> <%={{ }}=%>{{lang}}\n"],
             expected: "a\nb  c\nT &lt;b&gt; da\n"),
        Case(name: "content types", templates: [
            "page": "{{page.title}}\n{{%CONTENT_TYPE: TEXT}}\n{{page.title}}\n{{>partials/a}}\n", "partials/a": "{{page.title}}"],
             expected: "T &lt;b&gt;\nT <b>\nT &lt;b&gt;"),
        Case(name: "views printed as swift-mustache printed them", templates: [
            "page": "{{t}}|{{page.children}}|{{#first(page.children)}}{{.}}{{/first(page.children)}}|{{#t}}{{skip}}{{/t}}|"
                + "{{reversed(page.children)}}|{{^alternates}}{{.}}{{/alternates}}"], expected: nil),
        Case(name: "partials that are missing, dynamic, or in sections", templates: [
            "page": "[{{>nope}}]\n{{>*lang}}\n{{#nav}}\n  {{>partials/a}}\n{{/nav}}\n", "da": "dansk {{page.title}}\n",
            "partials/a": "- {{title}}\n  {{#current}}\n  current\n  {{/current}}\n"], expected: nil),
        Case(name: "text inside a parent is dropped, indentation inside its blocks", templates: [
            "base": "<body>\n    {{$main}}{{/main}}\n</body>\n",
            "page": "ignored\n{{<base}}\n  ignored too\n  {{$main}}\n    <p>x</p>\n      <p>y</p>\n  {{/main}}\n{{/base}}\n"],
             expected: nil),
    ]

    @Test(arguments: cases) func rendersAsSwiftMustache(_ example: Case) {
        let (torv, reference) = MustacheReference.render(example.templates, view: MustacheReference.view)
        #expect(torv != nil)
        #expect(torv == reference)
        if let expected = example.expected { #expect(torv == expected) }
    }

    /// Templates the parser rejects, each at the place swift-mustache names (the build's diagnostic
    /// shows the reason, line, column and line).
    static let broken: [String] = [
        "{{#a}}", "{{/a}}", "{{#a}}\n{{/b}}", "{{#a}}{{/a(b)}}", "{{a", "x {", "{{{a}}", "{{a b}}", "{{=<% =}}", "{{= a b }}",
        "{{=<% %>}}", "{{%FOO: bar}}", "{{%CONTENT_TYPE: XML}}", "{{% CONTENT_TYPE }}", "{{<base}}{{a}}{{/base}}",
        "{{<base}}\n{{#a}}{{/a}}{{/base}}", "{{$a(b)}}{{/a(b)}}", "line\r\nx {{#a}}\n", "{{a(b}}", "{{a(b))}}", "{{a(b)c}}",
        "{{! never closed }", "{{>}", "{{#a}}\u{301}{{/a}}x\n{{/b}}", "é\n{{^}}", "{{<b}}{{=<% %>=}}<%$x%><%/x%><%/b%>",
    ]

    @Test(arguments: broken) func rejectsWhatSwiftMustacheRejects(_ text: String) {
        let (torv, reference) = MustacheReference.parse(HTMLEscaping.pragma + text)
        #expect(torv != nil)
        #expect(torv == reference)
    }

    /// The message the build gives for a syntax error is the one it gave with swift-mustache's parser.
    @Test func aSyntaxErrorIsReportedAtItsLine() {
        var diagnostics: [Diagnostic] = []
        let files = [("page", SourceFile(path: "templates/page.mustache", text: "<p>\n<p>{{title</p>\n"))]
        let set = TemplateSet.make(files, uiKeys: [], layouts: [.page], displayPath: { $0 }, diagnostics: &diagnostics)
        #expect(set == nil)
        #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code.rawValue)" } == ["2:11 template-syntax"])
    }

    /// A block whose replacement holds the same block is a circle no check sees (swift-mustache
    /// followed it until the stack overflowed): Torv's renderer stops at its depth limit, and a
    /// circle that branches at its limit of expansions, instead of taking exponential time.
    @Test(arguments: [
        "{{<base}}{{$c}}[{{$c}}x{{/c}}]{{/c}}{{/base}}",
        "{{<base}}{{$c}}({{$c}}{{/c}}|{{$c}}{{/c}}){{/c}}{{/base}}",
        "{{<base}}{{$c}}<{{>partials/a}}>{{/c}}{{/base}}",
    ])
    func aBlockThatHoldsItselfStops(_ page: String) throws {
        var compiled: [String: [MustacheNode]] = [:]
        let templates = ["page": page, "base": "{{$c}}{{/c}}", "partials/a": "{{$c}}{{/c}}{{$c}}{{/c}}"]
        for (name, text) in templates { compiled[name] = try MustacheParser.parse(HTMLEscaping.pragma + text) }
        var renderer = MustacheRenderer(templates: compiled, root: .object(MustacheReference.view))
        let found = renderer.render(template: "page")
        #expect(found)
        let output = String(decoding: renderer.buffer, as: UTF8.self)
        #expect(output.hasPrefix(page.contains("[") ? "[[[" : page.contains("(") ? "((((" : "<<<"))
        #expect(renderer.buffer.count < 10_000_000)
        // It says where it stopped, and the circle that led back there.
        let text = HTMLEscaping.pragma + page
        let offsets = ["{{$c}}", "{{>partials/a}}"].map { tag in text.ranges(of: tag).map { text.distance(from: text.startIndex, to: $0.lowerBound) } }
        let expected: MustacheRenderer.Stop
        if page.contains(">partials/a") {
            let include = MustacheRenderer.Expansion(template: "page", name: "partials/a", isBlock: false, tag: offsets[1].first ?? 0)
            let block = MustacheRenderer.Expansion(
                template: "partials/a", name: "c", isBlock: true, isReplaced: true, tag: HTMLEscaping.pragma.count)
            expected = MustacheRenderer.Stop(at: include, tooDeep: true, circle: [include, block])
        } else {
            let inner = MustacheRenderer.Expansion(template: "page", name: "c", isBlock: true, isReplaced: true, tag: offsets[0].dropFirst().first ?? 0)
            expected = MustacheRenderer.Stop(at: inner, tooDeep: true, circle: [inner])
        }
        #expect(renderer.stop == expected)
    }

    /// A page that branches into more partials than `maximumExpansions` stops there, and says so.
    @Test func tooManyPartialsStopAtTheLimitOfExpansions() throws {
        // 1,000 times `a`, each 1,000 times `b`: the 100th `a` has room for 900 of them.
        let texts = ["page": String(repeating: "{{>a}}", count: 1_000), "a": String(repeating: "{{>b}}", count: 1_000), "b": "x"]
        let compiled = try texts.mapValues { try MustacheParser.parse(HTMLEscaping.pragma + $0) }
        var renderer = MustacheRenderer(templates: compiled, root: .object(MustacheReference.view))
        let found = renderer.render(template: "page")
        #expect(found)
        let include = MustacheRenderer.Expansion(template: "a", name: "b", isBlock: false, tag: HTMLEscaping.pragma.count + 900 * 6)
        #expect(renderer.stop == MustacheRenderer.Stop(at: include, tooDeep: false, circle: []))
        #expect(renderer.buffer.count == MustacheRenderer.maximumExpansions - 100)
    }

    /// A whole page has no stop.
    @Test func aWholePageHasNoStop() throws {
        var renderer = MustacheRenderer(
            templates: ["page": try MustacheParser.parse(HTMLEscaping.pragma + "{{$c}}{{>page2}}{{/c}}"), "page2": []],
            root: .object(MustacheReference.view))
        let found = renderer.render(template: "page")
        #expect(found)
        #expect(renderer.stop == nil)
    }
}
