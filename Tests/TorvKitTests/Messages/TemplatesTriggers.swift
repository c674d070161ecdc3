import Foundation
@testable import TorvKit

extension MessageTriggers {
    /// The real `templates/<name>` with `text` replaced by `replacement`, keyed by its path in a site.
    fileprivate static func template(_ name: String, replacing text: String, with replacement: String) -> [String: String] {
        let url = TestSite.repository.appendingPathComponent("templates/" + name)
        let original = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        precondition(original.contains(text), "templates/\(name) has no `\(text)`")
        return ["templates/" + name: original.replacingOccurrences(of: text, with: replacement)]
    }

    static let templates: [MessageTrigger] = [
        MessageTrigger(
            entry: "noTemplates()",
            removed: ["templates"],
            expected: "templates: error: no-templates",
            fragment: "the templates folder does not exist"),
        MessageTrigger(
            entry: "templateMissing(layout:required:)",
            removed: ["templates/404.mustache"],
            expected: "templates/404.mustache: error: template-missing",
            fragment: "`404.mustache` is missing"),
        MessageTrigger(
            entry: "templateSyntax(error:)",
            files: template("page.mustache", replacing: "<h1>{{page.title}}</h1>", with: "<h1>{{page.title</h1>"),
            expected: "templates/page.mustache:5:17: error: template-syntax",
            fragment: "a tag is not finished"),
        MessageTrigger(
            entry: "templateMissingPartial(name:available:)",
            files: template("page.mustache", replacing: "{{>partials/toc}}", with: "{{>partials/contents}}"),
            expected: "templates/page.mustache:10:1: error: template-missing-partial",
            fragment: "the template `partials/contents` does not exist"),
        MessageTrigger(
            entry: "templateUnknownVariable(name:candidates:)",
            files: template("page.mustache", replacing: "<h1>{{page.title}}</h1>", with: "<h1>{{page.titel}}</h1>"),
            expected: "templates/page.mustache:5:5: error: template-unknown-variable",
            fragment: "`page.titel`"),
        MessageTrigger(
            entry: "templateCloseWithoutOpen(name:)",
            files: template("page.mustache", replacing: "{{/base}}", with: "{{/base}}\n{{/main}}"),
            expected: "templates/page.mustache:27:1: error: template-unbalanced",
            fragment: "never opened"),
        MessageTrigger(
            entry: "templateCloseMismatch(name:open:openLine:)",
            files: template("page.mustache", replacing: "{{/page.updated}}</p>{{/page.date}}", with: "</p>{{/page.date}}"),
            expected: "templates/page.mustache:7:199: error: template-unbalanced",
            fragment: "closes `page.updated`, opened on line 7"),
        MessageTrigger(
            entry: "templateCycle(cycle:extends:)",
            files: template("partials/footer.mustache", replacing: "</footer>", with: "</footer>\n{{>partials/footer}}"),
            expected: "templates/partials/footer.mustache:21:1: error: template-cycle",
            fragment: "the template `partials/footer` includes itself"),
        MessageTrigger(
            entry: "templateBlockCycle(cycle:through:)",
            files: template("page.mustache", replacing: "<div class=\"content\">", with: "<div class=\"content\">{{$main}}{{/main}}"),
            expected: "templates/page.mustache:11:22: error: template-cycle",
            fragment: "the replacement of the block `main` contains `{{$main}}` again"),
        MessageTrigger(
            // After a delimiter change the checks cannot follow the tags: only rendering finds the circle.
            entry: "templateRenderLimit(name:isBlock:circle:tooDeep:limit:)",
            files: template("partials/footer.mustache", replacing: "</footer>", with: "</footer>\n{{=<% %>=}}<%>partials/footer%>"),
            expected: "templates/partials/footer.mustache:21:12: error: template-render-limit",
            fragment: "the page was cut off at the template `partials/footer`, which comes back inside itself without end"),
        MessageTrigger(
            entry: "templateTooDeep(limit:through:)",
            files: template(
                "page.mustache", replacing: "<h1>{{page.title}}</h1>",
                with: "<h1>" + String(repeating: "{{#page}}", count: 101) + "{{title}}" + String(repeating: "{{/page}}", count: 101) + "</h1>"),
            expected: "templates/page.mustache:5:887: error: template-too-deep",
            fragment: "sections are nested more than 100 deep here"),
        MessageTrigger(
            entry: "thirdPartyInStylesheet(url:assets:)",
            files: template("assets/torv.css", replacing: ":root {", with: "@import 'https://fonts.example.com/inter.css';\n:root {"),
            expected: "templates/assets/torv.css: error: third-party-resource",
            fragment: "the stylesheet loads `https://fonts.example.com/inter.css`"),
        MessageTrigger(
            entry: "thirdPartyInPage(url:tag:otherPages:assets:)",
            files: template(
                "base.mustache", replacing: "</head>", with: "<script src=\"https://cdn.example.com/stats.js\"></script>\n</head>"),
            expected: "site/index.html: error: third-party-resource",
            fragment: "loads `https://cdn.example.com/stats.js` (<script>)"),
    ]
}
