/// Markdown written inside YAML data (e.g. a product's `body`): rendered with the same safety rules
/// as pages, but only links to other websites, e-mail and phone are allowed.
enum InlineMarkdown {
    static func render(_ text: String, language: String, location: SourceLocation, diagnostics: inout [Diagnostic]) -> String {
        var problems: [Diagnostic] = []
        let html = CmarkBridge.render(
            text, options: .init(allowRawHTML: false, smartPunctuation: language == "en"),
            heading: { heading in
                problems.append(.warning("heading-in-data", at: location,
                    "headings are not used in this text; the heading `\(heading.text)` is shown as a heading anyway",
                    hint: "write it as a normal line in **bold** instead"))
                return SlugRules.suggest(from: heading.text)
            },
            link: { link in
                if link.kind == .image {
                    problems.append(.error("image-in-data", at: location, "images cannot be placed in this text",
                        hint: "use the `images:` list instead"))
                    return .unlink
                }
                if link.destination.hasPrefix("lang:") {
                    let code = String(link.destination.dropFirst(5))
                    return LanguageCode.isValid(code) ? .languageSpan(code) : .unlink
                }
                switch URLRules.classify(link.destination) {
                case .external, .contact:
                    return .keep
                case .relative:
                    problems.append(.error("relative-link-in-data", at: location,
                        "the link `\(link.destination)` must be a full address here",
                        hint: "write the whole address, starting with https://"))
                    return .unlink
                case .forbidden(let scheme):
                    problems.append(.error("forbidden-url", at: location,
                        "links starting with `\(scheme):` are not allowed (only https:, http:, mailto: and tel:)"))
                    return .unlink
                }
            })
        diagnostics.append(contentsOf: problems)
        return html
    }
}
