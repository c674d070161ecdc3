/// Messages about the search index, which Pagefind writes into the finished site before it is published.
extension Message {
    static func searchPageMissing(language: String) -> Message {
        .error(.sectionPageMissing, "site.yaml says `search: true`, but no page has `layout: search` to hold the search",
            hint: "add a page such as content/soeg/index.\(language).md (and its translations) with `layout: search` and a short introduction, or set `search: false`")
    }

    static func searchToolMissing(program: String) -> Message {
        .error(.searchIndex, "site.yaml says `search: true`, but the search indexer Pagefind (\(program)) is not installed; the site was not published",
            hint: "run `make site`, which installs it (pip package pagefind-bin), or set TORV_PAGEFIND to the pagefind program; or set `search: false`")
    }

    /// `output`: the last lines Pagefind printed.
    static func searchToolFailed(status: Int32, output: String) -> Message {
        .error(.searchIndex, "the search indexer Pagefind stopped with status \(status), so the site was not published\(output.isEmpty ? "" : ": \(output)")",
            hint: "build again; if it fails again, reinstall Pagefind with `make site` (or set `search: false` in site.yaml until it works)")
    }
}
