/// Messages about a page's front matter: the `---` lines around it, and its keys.
extension Message {
    static func pageFrontMatterMissing() -> Message {
        .error(.frontMatterMissing,
            "the page has no front matter: it must start with a line `---`, then `title:` and `summary:`, then `---`",
            hint: "add these lines at the very top:\n---\ntitle: …\nsummary: …\n---")
    }

    static func pageFrontMatterUnterminated() -> Message {
        .error(.frontMatterUnterminated, "the front matter that starts here is never closed",
            hint: "add a line with only `---` after the last front-matter line (before the page text)")
    }

    /// A `slug` with capitals, spaces or other characters; `suggestion` is a valid slug made from it.
    static func pageBadSlug(slug: String, suggestion: String) -> Message {
        .error(.badSlug, "the slug `\(slug)` may only contain lowercase letters a–z, digits and hyphens",
            hint: "write it without capitals, spaces or æ, ø, å, for example `slug: \(suggestion)`")
    }

    static func pageLongSummary(length: Int, limit: Int) -> Message {
        .warning(.longSummary, "the summary is \(length) characters long; search engines show about \(limit)",
            hint: "shorten it to at most \(limit) characters; the details belong in the page text")
    }

    static func pageUnknownLayout(layout: String, known: [String]) -> Message {
        .error(.unknownLayout, "unknown layout `\(layout)`",
            hint: Suggestions.hint(for: layout, in: known, noun: "layouts"))
    }

    static func pageUpdatedBeforeDate(updated: String, date: String) -> Message {
        .warning(.updatedBeforeDate, "`updated` (\(updated)) is before `date` (\(date))",
            hint: "`date` is when the text was first adopted or published, `updated` when it last changed; check both")
    }
}
