/// One piece of a compiled template.
indirect enum MustacheNode: Sendable {
    /// Text copied as it is (its UTF-8 bytes).
    case text([UInt8])
    /// `{{x}}` (escaped) or `{{{x}}}` / `{{&x}}`.
    case variable(MustacheName, escaped: Bool)
    /// `{{#x}}…{{/x}}`, or `{{^x}}…{{/x}}` when inverted.
    case section(MustacheName, [MustacheNode], inverted: Bool)
    /// `{{$name}}…{{/name}}` inside a template: the text a `{{<parent}}` may replace. `tag` is where
    /// its tag starts, in Characters from the start of the parsed text (for a diagnostic).
    case block(name: String, default: [MustacheNode], indentation: [UInt8], tag: Int)
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}…{{/parent}}`: a replacement (only while parsing).
    case blockDefinition(name: String, [MustacheNode])
    /// `{{>name}}` (indentation when it stands alone on its line), or `{{<name}}…{{/name}}` with its
    /// replacements; `dynamic` for `{{>*name}}`, where `name` is a value naming the template. `tag` as for a block.
    case partial(name: String, indentation: [UInt8]?, overrides: [String: [MustacheNode]]?, dynamic: Bool, tag: Int)
    /// `{{% CONTENT_TYPE: … }}`: how the rest of the template escapes values.
    case contentType(MustacheEscaping)
}
