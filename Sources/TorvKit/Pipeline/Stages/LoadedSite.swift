/// What stage 1 read: the content, the templates (parsed and checked) and the asset list.
struct LoadedSite: Sendable {
    var content: ContentSet
    var contentDirectory: ContentDirectory
    var templateDirectory: ContentDirectory
    /// Nil when the templates have errors (they are reported; nothing is rendered).
    var templates: TemplateSet?
    /// `assets/…` files below `templates/`.
    var assetFiles: [String]
    /// The output folder, for messages about the output.
    var outputRoot: String
}
