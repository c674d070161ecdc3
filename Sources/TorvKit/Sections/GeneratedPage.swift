/// A page a section generates from data: where it goes, its template and its view.
struct GeneratedPage: Sendable {
    /// The output file, e.g. `katalog/groenne-haender/index.html`.
    var path: String
    var layout: Layout
    var view: PageView
}
