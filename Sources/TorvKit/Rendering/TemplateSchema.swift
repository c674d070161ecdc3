/// What the templates can use: every variable and section name Torv puts into a page's context.
/// The template linter checks each `{{name}}` against this, so a misspelt variable is a diagnostic
/// instead of silently empty text (which is what Mustache itself does).
indirect enum TemplateSchema: Sendable {
    /// A text (or a text that may be absent: `{{#x}}…{{/x}}` shows its block only when present).
    case value
    /// `true`/`false`, for `{{#x}}…{{/x}}` and `{{^x}}…{{/x}}`.
    case flag
    /// A group of named values: `{{x.y}}`, or `{{#x}}{{y}}{{/x}}`.
    case object([String: TemplateSchema])
    /// A list: `{{#x}}…{{/x}}` repeats its block for each item, whose fields are these.
    case list([String: TemplateSchema])

    var fields: [String: TemplateSchema]? {
        switch self {
        case .object(let f), .list(let f): return f
        case .value, .flag: return nil
        }
    }

    static let link: TemplateSchema = .list(["title": .value, "url": .value, "current": .flag, "hreflang": .value])

    /// The context of every page template. `uiStrings` are the keys of `content/i18n/*.yaml`.
    static func page(uiStrings: [String]) -> [String: TemplateSchema] {
        [
            "lang": .value,
            "site": .object(["title": .value, "tagline": .value, "home": .value, "baseURL": .value]),
            "page": .object([
                "title": .value, "summary": .value, "content": .value, "url": .value, "canonical": .value,
                "layout": .value, "isHome": .flag,
                "date": .value, "dateISO": .value, "updated": .value, "updatedISO": .value,
                "toc": .list(["id": .value, "text": .value, "children": .list(["id": .value, "text": .value])]),
                "children": .list(["title": .value, "url": .value, "summary": .value]),
            ]),
            "alternates": .list(["lang": .value, "url": .value]),
            "defaultAlternate": .value,
            "switcher": .list([
                "lang": .value, "name": .value, "url": .value, "available": .flag, "notTranslated": .value,
            ]),
            "breadcrumbs": .list(["title": .value, "url": .value]),
            "nav": link,
            "t": .object(Dictionary(uniqueKeysWithValues: uiStrings.map { ($0, TemplateSchema.value) })),
            "authority": .object([
                "name": .value, "department": .value, "address": .value, "phone": .value, "phoneHref": .value,
                "email": .value, "emailHref": .value, "website": .value,
            ]),
            "privacyPolicy": .value,
            "accessibilityStatement": .value,
            "assets": .object(["css": .value]),
        ]
    }
}
