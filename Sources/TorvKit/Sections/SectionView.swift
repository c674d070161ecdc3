/// A section's view for one page, and the page's structured data if the section has any.
struct SectionView: Sendable {
    var view: any ViewModel
    var jsonLD: String? = nil
}
