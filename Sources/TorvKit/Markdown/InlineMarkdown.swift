/// Markdown written inside YAML data (e.g. a product's `body`): rendered with the same safety rules
/// as pages, but only links to other websites, e-mail and phone are allowed.
enum InlineMarkdown {
    /// `smartPunctuation` (curly quotes, dashes) comes from the text language's `LanguageFormat`.
    static func render(_ text: String, smartPunctuation: Bool, location: SourceLocation, diagnostics: inout [Diagnostic]) -> String {
        var problems: [Diagnostic] = []
        let html = String(decoding: CmarkBridge.render(
            text, options: .init(allowRawHTML: false, smartPunctuation: smartPunctuation),
            heading: { heading in
                problems.append(Diagnostic(.headingInData(heading: heading.text), at: location))
                return SlugRules.suggest(from: heading.text)
            },
            link: { link in
                if link.kind == .image {
                    problems.append(Diagnostic(.imageInData(), at: location))
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
                    problems.append(Diagnostic(.relativeLinkInData(destination: link.destination), at: location))
                    return .unlink
                case .forbidden(let scheme):
                    problems.append(Diagnostic(.forbiddenURLInData(scheme: scheme), at: location))
                    return .unlink
                }
            }), as: UTF8.self)
        diagnostics.append(contentsOf: problems)
        return html
    }
}
