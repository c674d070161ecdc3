/// Messages about the Markdown text of pages and of texts in data files: headings, links,
/// images, HTML and long sentences.
extension Message {
    // MARK: Headings

    static func badHeadingID(id: String, suggestion: String) -> Message {
        .error(.badHeadingID, "the heading id `\(id)` may only contain lowercase letters a–z, digits and hyphens",
            hint: "write it like `{#\(suggestion)}`")
    }

    static func duplicateHeadingID(id: String) -> Message {
        .error(.duplicateHeadingID, "the heading id `\(id)` is used twice on this page",
            hint: "give each heading its own id, for example `{#\(id)-2}` here, and check the links that point to `#\(id)`")
    }

    static func headingLevel1() -> Message {
        .warning(.headingLevel1, "the page title is already the page's main heading; headings in the text should start at `##`",
            hint: "change `#` to `##` (and move the headings below it one level down too)")
    }

    /// A heading more than one level below the one before it; `previous` is 1 before the first heading.
    static func headingSkip(previous: Int, level: Int) -> Message {
        let text = previous == 1
            ? "the first heading in the text should be level 2 (`##`), but this one is level \(level)"
            : "this heading jumps from level \(previous) to level \(level)"
        return .warning(.headingSkip, text + "; screen-reader users navigate by these levels",
            hint: "use `\(String(repeating: "#", count: previous + 1))` here")
    }

    static func headingNoSpace(marks: String, rest: String) -> Message {
        .warning(.headingNoSpace, "this line starts with `\(marks)` but is not a heading, because a space is missing",
            hint: "write `\(marks) \(rest)`")
    }

    // MARK: Links and images in pages

    static func langSpanWithSpace() -> Message {
        .warning(.linkNotRecognised, "`(lang: …)` with a space is not understood and shows as text",
            hint: "remove the space: `(lang:da)`")
    }

    static func linkWithSpace() -> Message {
        .warning(.linkNotRecognised, "`] (` with a space is not a link; the text shows as written",
            hint: "remove the space between `]` and `(`, like `[the strategy](strategi/index.da.md)`")
    }

    static func imageAltMissing(destination: String) -> Message {
        .error(.imageAltMissing, "the image `\(destination)` has no text alternative",
            hint: "describe the image between the brackets: `![What the image shows](\(destination))`")
    }

    static func badLanguageSpan(destination: String) -> Message {
        .error(.badLanguageSpan, "`\(destination)` does not name a language",
            hint: "write the language code after `lang:`, like `[SammenomJOB](lang:da)`")
    }

    static func forbiddenURL(scheme: String) -> Message {
        .error(.forbiddenURL,
            "links starting with `\(scheme):` are not allowed (only https:, http:, mailto:, tel: and links to the site's own pages)",
            hint: "link to a web page with https://, or remove the link")
    }

    /// An image in a page loaded from another website; `localPath` is where the page would find it in content/media/.
    static func externalImage(alt: String, localPath: String) -> Message {
        .error(.externalResource,
            "the image is loaded from another website, which tells that site who reads this page",
            hint: "save the image in content/media/ (ask the owner for permission if it is not yours) and link to it "
                + "from there: `![\(alt.isEmpty ? "What the image shows" : alt)](\(localPath))`")
    }

    static func rawHTMLIgnored() -> Message {
        .warning(.rawHTMLIgnored,
            "HTML code in the text is left out of the page (and an HTML block also hides the lines after it, up to the next blank line)",
            hint: "write it in Markdown instead: **bold**, *italic*, [link](address), lists with `-`")
    }

    // MARK: Markdown in data files

    static func headingInData(heading: String) -> Message {
        .warning(.headingInData, "headings are not used in this text; the heading `\(heading)` is shown as a heading anyway",
            hint: "write it as a normal line in bold instead: `**\(heading)**`")
    }

    static func imageInData() -> Message {
        .error(.imageInData, "images cannot be placed in this text",
            hint: "take the image out of the text and list it under `images:` instead, with its file in content/media/")
    }

    static func relativeLinkInData(destination: String) -> Message {
        .error(.relativeLinkInData, "the link `\(destination)` must be a full address here",
            hint: "write the whole address, starting with https:// (also for pages of this site)")
    }

    static func forbiddenURLInData(scheme: String) -> Message {
        .error(.forbiddenURL, "links starting with `\(scheme):` are not allowed (only https:, http:, mailto: and tel:)",
            hint: "link to a web page with https://, to an e-mail address with mailto: or to a phone number with tel:, or remove the link")
    }

    // MARK: Plain language

    /// The long sentences of a page, by the line each starts on and its number of words.
    static func longSentences(_ sentences: [(line: Int, words: Int)], limit: Int) -> Message {
        let text: String
        if sentences.count == 1, let only = sentences.first {
            text = "the sentence starting on this line has \(only.words) words; sentences over \(limit) words are hard to read for many people"
        } else {
            let lines = sentences.map { "\($0.line) (\($0.words) words)" }.joined(separator: ", ")
            text = "\(sentences.count) sentences on this page have more than \(limit) words, starting on lines \(lines); "
                + "long sentences are hard to read for many people"
        }
        return .warning(.longSentence, text,
            hint: "split long sentences into two or three shorter ones; `torv readability` shows how easy each page is to read")
    }
}
