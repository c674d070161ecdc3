/// The interface texts of one language (`content/i18n/<lang>.yaml`): skip link, menu labels, footer…
public struct UIStrings: Sendable {
    public var language: String
    public var values: [String: String]
    /// Where each key is defined, for diagnostics.
    public var locations: [String: SourceLocation]
    /// The file the strings come from.
    public var file: SourceFile

    public subscript(key: String) -> String? { values[key] }
}
