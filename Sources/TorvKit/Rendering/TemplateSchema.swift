/// What a template can read at one name: derived from the `ViewModel` types (`T.schema`), never
/// written by hand. The template linter checks each `{{name}}` against it, so a misspelt variable
/// is a diagnostic instead of silently empty text (which is what Mustache itself does).
indirect enum TemplateSchema: Sendable {
    /// A text (or a text that may be absent: `{{#x}}…{{/x}}` shows its block only when present).
    case value
    /// `true`/`false`, for `{{#x}}…{{/x}}` and `{{^x}}…{{/x}}`.
    case flag
    /// A group of named values: `{{x.y}}`, or `{{#x}}{{y}}{{/x}}`.
    case object([String: TemplateSchema])
    /// A list: `{{#x}}…{{/x}}` repeats its block for each item, whose fields are these.
    case list([String: TemplateSchema])
    /// The site's interface texts (`{{t.key}}`): their keys are known only from `content/i18n/`.
    case uiStrings

    /// The fields below this name; `uiKeys` are the keys of the site's interface texts.
    func fields(uiKeys: Set<String>) -> [String: TemplateSchema]? {
        switch self {
        case .object(let f), .list(let f): return f
        case .uiStrings: return Dictionary(uniqueKeysWithValues: uiKeys.map { ($0, TemplateSchema.value) })
        case .value, .flag: return nil
        }
    }
}
