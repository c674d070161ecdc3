import Mustache
@testable import TorvKit

/// swift-mustache, the reference Torv's own Mustache renderer must match byte for byte: the same
/// templates (with Torv's escaping pragma in front, as the build parses them) rendered by both.
enum MustacheReference {
    /// `name` rendered from `templates` by Torv's parser and renderer, and by swift-mustache; nil
    /// where that one's parser rejects a template.
    static func render(_ templates: [String: String], name: String = "page", view: PageView) -> (torv: String?, reference: String?) {
        var compiled: [String: [MustacheNode]] = [:]
        var torvFailed = false
        _ = HTMLEscaping.registered
        var library = MustacheLibrary()
        var referenceFailed = false
        for (template, text) in templates {
            do { compiled[template] = try MustacheParser.parse(HTMLEscaping.pragma + text) } catch { torvFailed = true }
            do { try library.register(HTMLEscaping.pragma + text, named: template) } catch { referenceFailed = true }
        }
        // Rendered twice with the partials shared across pages (`SharedPartials`): the second takes
        // what the first kept, and both must be what swift-mustache renders.
        let shared = SharedPartials(
            templates: SharedPartials.templates(in: compiled, names: PageView.chromeFields), outputs: PartialOutputs(), templatesKey: 0)
        func torvRender() -> String {
            var renderer = MustacheRenderer(templates: compiled, root: .object(view), shared: shared)
            return renderer.render(template: name) ? String(decoding: renderer.buffer, as: UTF8.self) : ""
        }
        let first = torvFailed ? nil : torvRender()
        let second = torvFailed ? nil : torvRender()
        let torv = first == second ? first : "first render: \(first ?? "") second render: \(second ?? "")"
        let reference = referenceFailed ? nil : (library.render(view, withTemplate: name) ?? "")
        return (torv, reference)
    }

    /// How each parser sees one template: nil when it parses, else the error and where
    /// (`reason line:column excerpt`), in swift-mustache's terms.
    static func parse(_ text: String) -> (torv: String?, reference: String?) {
        _ = HTMLEscaping.registered
        var torv: String?
        do { _ = try MustacheParser.parse(text) } catch {
            torv = "\(error.reason) \(error.lineNumber):\(error.column) \(error.line)"
        }
        var reference: String?
        do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
            reference = "\(error.error) \(error.context.lineNumber):\(error.context.columnNumber) \(error.context.line)"
        } catch {
            reference = "\(error)"
        }
        return (torv, reference)
    }

    /// The fuzz target's view, with a menu and breadcrumbs added.
    static var view: PageView {
        var view = FuzzTargets.templateView(FuzzTargets.Fixture(languages: ["da", "en"]))
        view.nav = [
            NavItemView(title: "Forside", url: "/", current: false, hreflang: nil),
            NavItemView(title: "Strategi & mål", url: "/strategi/", current: true, hreflang: "en"),
        ]
        view.breadcrumbs = [LinkView(title: "Forside", url: "/")]
        return view
    }
}
