/// Stage 1b: drafts and dates. Pages, stories, enterprises, products and market days that are
/// drafts, not yet published or withdrawn on `today` are taken out of the content before anything
/// is planned, so they reach no page, feed, sitemap, open data or calendar file. What was taken out
/// is kept in `content.unpublished`, so that a link to it is an error with the date.
/// With `includeDrafts` (`torv serve --drafts`) everything stays in.
enum ScheduleStage {
    static func run(_ loaded: LoadedSite, today: LocalDate?, includeDrafts: Bool) -> LoadedSite {
        guard !includeDrafts else { return loaded }
        var loaded = loaded
        loaded.content = filter(loaded.content, today: today)
        return loaded
    }

    static func filter(_ content: ContentSet, today: LocalDate?) -> ContentSet {
        var content = content
        var unpublished = UnpublishedContent()
        // Most sites hold few pages with dates or drafts: the pages are copied only when one is held back.
        if content.pages.contains(where: { $0.frontMatter.schedule?.visibility(on: today).isPublished == false }) {
            content.pages = content.pages.filter { page in
                let visibility = page.frontMatter.schedule?.visibility(on: today) ?? .published
                if visibility.isPublished { return true }
                unpublished.pages[page.key, default: [:]][page.language] = .init(visibility: visibility, relativePath: page.relativePath)
                return false
            }
        }
        if var catalogue = content.catalogue {
            catalogue.enterprises = catalogue.enterprises.compactMap { enterprise in
                let visibility = enterprise.schedule?.visibility(on: today) ?? .published
                guard visibility.isPublished else {
                    unpublished.enterprises[enterprise.id] = visibility
                    return nil
                }
                var enterprise = enterprise
                enterprise.products = enterprise.products.filter { ($0.schedule?.visibility(on: today) ?? .published).isPublished }
                return enterprise
            }
            content.catalogue = catalogue
        }
        content.marketDays = content.marketDays.filter { ($0.schedule?.visibility(on: today) ?? .published).isPublished }
        content.unpublished = unpublished
        return content
    }
}
