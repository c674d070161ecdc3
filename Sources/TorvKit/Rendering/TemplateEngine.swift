/// Which renderer fills the templates: Torv's own (`MustacheRenderer`, always in a build), or
/// swift-mustache, kept as the reference the tests compare Torv's output with.
enum TemplateEngine: Sendable {
    case torv
    case swiftMustache
}
