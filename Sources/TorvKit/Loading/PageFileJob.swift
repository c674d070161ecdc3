/// One page file for `ContentLoader` to read in parallel: its path, translation key, language and
/// place in the list.
struct PageFileJob: Sendable {
    var path: String
    var key: String
    var language: String
    var index: Int
}
