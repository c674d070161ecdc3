/// One piece of a compiled template.
indirect enum MustacheNode: Sendable {
    /// Text copied as it is (its UTF-8 bytes).
    case text([UInt8])
    /// `{{x}}` (escaped) or `{{{x}}}` / `{{&x}}`.
    case variable(MustacheName, escaped: Bool)
    /// `{{#x}}…{{/x}}`, or `{{^x}}…{{/x}}` when inverted.
    case section(MustacheName, [MustacheNode], inverted: Bool)
    /// `{{$name}}…{{/name}}` inside a template: the text a `{{<parent}}` may replace.
    case block(name: String, default: [MustacheNode], indentation: [UInt8])
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}…{{/parent}}`: a replacement (only while parsing).
    case blockDefinition(name: String, [MustacheNode])
    /// `{{>name}}` (indentation when it stands alone on its line), or `{{<name}}…{{/name}}` with its
    /// replacements; `dynamic` for `{{>*name}}`, where `name` is a value naming the template.
    case partial(name: String, indentation: [UInt8]?, overrides: [String: [MustacheNode]]?, dynamic: Bool)
    /// `{{% CONTENT_TYPE: … }}`: how the rest of the template escapes values.
    case contentType(MustacheEscaping)
}
