/// Messages about the site plan (page addresses, slugs, translations, the menu) and about links
/// between pages: where each page is published and whether every link leads somewhere.
extension Message {
    // MARK: Addresses

    static func reservedURL(path: String) -> Message {
        .error(.reservedURL, "the page would be published at /\(path), which Torv uses for something else",
            hint: "give the page another `slug:` in its front matter, like `slug: om-os`")
    }

    static func duplicateURL(other: String, path: String) -> Message {
        .error(.duplicateURL, "this page and \(other) would both be published at /\(path)",
            hint: "give one of them another `slug:` in its front matter")
    }

    /// A page at an address where a data section (`section` is the host page's layout) writes one of its pages.
    static func duplicateURLGenerated(path: String, section: String) -> Message {
        let data = ["market-day": "market day", "stories": "story"][section] ?? section
        return .error(.duplicateURL, "this page would be published at /\(path), where Torv puts a page it makes from the \(data) data",
            hint: "give the page another `slug:` in its front matter, or move the file to another folder")
    }

    static func badFolderName(folder: String, suggestion: String) -> Message {
        .error(.badFolderName, "the folder name `\(folder)` cannot be used in a web address",
            hint: "rename the folder to `\(suggestion)`, or give its index page a `slug:`")
    }

    static func badFileName(name: String, suggestion: String, language: String) -> Message {
        .error(.badFileName, "the file name `\(name)` cannot be used in a web address",
            hint: "rename the file to `\(suggestion).\(language).md`, or add `slug: \(suggestion)` to the front matter")
    }

    static func homeSlug() -> Message {
        .warning(.homeSlug, "the home page's `slug` is ignored: the home page is always at the top of its language",
            hint: "delete the `slug:` line")
    }

    static func noHomePage(file: String) -> Message {
        .error(.noHomePage, "the site has no home page",
            hint: "add \(file) with a `title:`, a `summary:` and `layout: home` in its front matter")
    }

    static func badURL(url: String) -> Message {
        .error(.badURL, "`\(url)` is not a web address",
            hint: "write the full address, starting with https://, like `https://www.kolding.dk/`")
    }

    // MARK: Translations and the menu

    /// A page missing in `missing` (a language name); `translation` is the file to add.
    /// `markable` is false when the missing file is in the site's main language, which is never marked.
    static func untranslatedPage(missing: String, existing: String, translation: String, markable: Bool) -> Message {
        .warning(.untranslatedPage, "this page has no \(missing) version, so it is published in \(existing) only",
            hint: markable
                ? "add \(translation) with the translation, then record it with `torv translations --mark \(translation)`"
                : "add \(translation) with the \(missing) text; it is the original the other languages are translated from")
    }

    static func navMissingPage(key: String, suggestion: String?) -> Message {
        .error(.navMissingPage, "the menu links to `\(key)`, but there is no such page",
            hint: suggestion.map { "did you mean `\($0)`?" }
                ?? "name the page by its path in content/ without the language, like `strategi/index`")
    }

    // MARK: Links

    static func brokenLinkAbsolute(destination: String, language: String) -> Message {
        .error(.brokenLink, "the link `\(destination)` leads to no page or file of this site",
            hint: "link to the page's Markdown file instead, like `[text](strategi/index.\(language).md)`")
    }

    static func brokenLinkOutside(destination: String) -> Message {
        .error(.brokenLink, "the link `\(destination)` points outside the content folder",
            hint: "links are relative to the folder of this page, so there is one `../` too many; "
                + "for another website, write the full address starting with https://")
    }

    /// A link to a Markdown file that is no page; `suggestion` is a link to the page it may mean.
    static func brokenLinkMissingPage(destination: String, target: String, suggestion: String?) -> Message {
        .error(.brokenLink, "the link `\(destination)` leads to a page that does not exist (content/\(target))",
            hint: suggestion.map { "did you mean `\($0)`?" } ?? "check the file name; links are relative to the folder of this page")
    }

    static func brokenLinkNoScheme(destination: String, isImage: Bool) -> Message {
        .error(.brokenLink, "\(isImage ? "the image" : "the link") `\(destination)` looks like a web address without `https://`",
            hint: "write `https://\(destination)`")
    }

    static func brokenLinkMissingFile(destination: String, target: String, isImage: Bool) -> Message {
        .error(.brokenLink,
            "\(isImage ? "the image" : "the link") `\(destination)` leads to a file that does not exist (content/\(target))",
            hint: "images and documents belong in content/\(ContentLoader.mediaFolder)/; links are relative to the folder of this page")
    }

    /// A link to a heading id that the page does not have.
    /// - Parameters:
    ///   - target: the linked page's file, or nil when the link is to the same page.
    ///   - otherLanguage: a language whose version of the page has the id.
    ///   - suggestion: an id of the page close to `fragment`.
    static func brokenAnchor(
        destination: String, fragment: String, target: String?, otherLanguage: String?, suggestion: String?
    ) -> Message {
        let text = "the link `\(destination)` points to a heading with the id `\(fragment)`, but \(target ?? "this page") has none"
        let hint: String
        if let otherLanguage {
            hint = "the \(otherLanguage) version has this id; give the matching heading in \(target ?? "this page") "
                + "the same id by ending it with `{#\(fragment)}`"
        } else if let suggestion {
            hint = "did you mean `#\(suggestion)`?"
        } else {
            hint = "give the heading in \(target ?? "this page") an id by ending it with `{#\(fragment)}`, like `## Vision {#\(fragment)}`"
        }
        return .error(.brokenAnchor, text, hint: hint)
    }
}
