import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place in Torv that touches cmark's C API. It parses a Markdown document, lets the caller
/// rewrite links and name headings through plain Swift values, and returns HTML.
/// No `cmark_node` pointer leaves this file.
enum CmarkBridge {
    struct Options: Sendable {
        /// Pass raw HTML through (cmark's `UNSAFE`). Off by default: raw HTML is left out.
        var allowRawHTML = false
        /// Straight quotes to curly ones, `--` to dashes (English typography only).
        var smartPunctuation = false
        /// Write the HTML; false: only the calls (headings, links, texts), for a page whose HTML is
        /// made again later (`ConvertStage` above its hold limit), and no bytes are returned.
        var html = true
    }

    struct Heading: Sendable, Equatable {
        var level: Int
        /// The heading's text with inline markup removed and a trailing `{#id}` taken off.
        var text: String
        /// The id written as `{#id}` at the end of the heading, if any.
        var explicitID: String?
        var line: Int
        var column: Int
    }

    struct Link: Sendable, Equatable {
        enum Kind: Sendable { case link, image }
        var kind: Kind
        var destination: String
        /// The link's text (for links) or alt text (for images), plain.
        var text: String
        var line: Int
        /// 1-based byte column of the link's start on its line.
        var byteColumn: Int
    }

    enum LinkRewrite: Sendable {
        case keep
        case destination(String)
        /// Replace the link by its text inside `<span lang="…">`.
        case languageSpan(String)
        /// Replace the link by its text only.
        case unlink
    }

    /// A piece of a text node after `text` rewrote it: plain text, or text between two pieces of
    /// HTML (e.g. a link to the glossary: `<a class="term" href="…">` and `</a>`).
    enum TextPiece: Sendable, Equatable {
        case text(String)
        case wrapped(String, enter: String, exit: String)
    }

    /// Parses `markdown`, calls `heading` for each heading (in order) to get its id and `link` for
    /// each link and image, then `text` for each run of running text outside headings, links,
    /// images and code (in order; nil keeps it), then renders HTML.
    static func render(
        _ markdown: some StringProtocol,
        options: Options,
        heading: (Heading) -> String,
        link: (Link) -> LinkRewrite,
        rawHTML: (_ line: Int, _ column: Int) -> Void = { _, _ in },
        text: ((String) -> [TextPiece]?)? = nil
    ) -> [UInt8] {
        var flags = CMARK_OPT_DEFAULT
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }

        // The text where it is (a page's body is a slice of its file), without a copy.
        let document: OpaquePointer? = markdown.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, flags) }
        } ?? markdown.withCString { pointer in
            cmark_parse_document(pointer, strlen(pointer), flags)
        }
        guard let document else { return [] }
        defer { cmark_node_free(document) }

        let nodes = collectNodes(document, withTexts: text != nil, rawHTML: rawHTML)
        for node in nodes.headings {
            let info = headingInfo(node)
            let id = heading(info)
            replaceHeading(node, level: info.level, id: id)
        }
        for node in nodes.links { rewriteLink(node, with: link) }

        if let text {
            for node in nodes.texts { rewriteText(node, with: text) }
        }

        guard options.html, let html = cmark_render_html(document, flags) else { return [] }
        defer { free(html) }
        // The bytes as they are: valid UTF-8 (cmark writes what it read, which was checked, and
        // U+FFFD for what it cannot decode), never checked again as a `String` would be.
        let count = strlen(html)
        return html.withMemoryRebound(to: UInt8.self, capacity: count) { Array(UnsafeBufferPointer(start: $0, count: count)) }
    }

    // MARK: Helpers

    /// Walks the document once and gathers its headings, its links and images, and (with `withTexts`)
    /// its text nodes outside headings, links and images, each in document order. Calls `rawHTML`
    /// for each piece of HTML on the way.
    private static func collectNodes(
        _ document: OpaquePointer, withTexts: Bool, rawHTML: (_ line: Int, _ column: Int) -> Void
    ) -> (headings: [OpaquePointer], links: [OpaquePointer], texts: [OpaquePointer]) {
        var headings: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        var texts: [OpaquePointer] = []
        /// How many headings, links and images the iterator is inside.
        var excluded = 0
        guard let iterator = cmark_iter_new(document) else { return (headings, links, texts) }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if withTexts, let node = cmark_iter_get_node(iterator) {
                let type = cmark_node_get_type(node)
                let container = type == CMARK_NODE_HEADING || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
                if container && event == CMARK_EVENT_EXIT { excluded -= 1 }
                if event == CMARK_EVENT_ENTER {
                    if container { excluded += 1 }
                    if type == CMARK_NODE_TEXT && excluded == 0 { texts.append(node) }
                }
            }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: headings.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTML(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
            default: break
            }
        }
        return (headings, links, texts)
    }

    /// Asks `link` what becomes of a link or image node and changes the node accordingly.
    private static func rewriteLink(_ node: OpaquePointer, with link: (Link) -> LinkRewrite) {
        let kind: Link.Kind = cmark_node_get_type(node) == CMARK_NODE_IMAGE ? .image : .link
        let info = Link(
            kind: kind,
            destination: string(cmark_node_get_url(node)),
            text: plainText(of: node),
            line: Int(cmark_node_get_start_line(node)),
            byteColumn: Int(cmark_node_get_start_column(node)))
        switch link(info) {
        case .keep:
            break
        case .destination(let url):
            cmark_node_set_url(node, url)
        case .languageSpan(let language):
            wrapChildren(of: node, enter: "<span lang=\"\(language)\">", exit: "</span>")
        case .unlink:
            wrapChildren(of: node, enter: "", exit: "")
        }
    }

    /// Joins a text node with the text nodes right after it (cmark splits running text at
    /// characters such as `!` or `_`), then replaces it by the pieces `rewrite` makes of it.
    private static func rewriteText(_ node: OpaquePointer, with rewrite: (String) -> [TextPiece]?) {
        var literal = string(cmark_node_get_literal(node))
        var next = cmark_node_next(node)
        while let sibling = next, cmark_node_get_type(sibling) == CMARK_NODE_TEXT {
            literal += string(cmark_node_get_literal(sibling))
            // Left empty (it renders as nothing) rather than freed: it is still in the caller's list.
            cmark_node_set_literal(sibling, "")
            next = cmark_node_next(sibling)
        }
        cmark_node_set_literal(node, literal)
        guard !literal.isEmpty, let pieces = rewrite(literal) else { return }
        var made: [OpaquePointer] = []
        for piece in pieces {
            guard let part = cmark_node_new(CMARK_NODE_TEXT) else { break }
            switch piece {
            case .text(let value):
                cmark_node_set_literal(part, value)
                made.append(part)
            case .wrapped(let value, let enter, let exit):
                cmark_node_set_literal(part, value)
                guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
                    cmark_node_free(part)
                    break
                }
                cmark_node_set_on_enter(inline, enter)
                cmark_node_set_on_exit(inline, exit)
                cmark_node_append_child(inline, part)
                made.append(inline)
            }
        }
        // Out of memory part way: the text stays as it was.
        guard made.count == pieces.count else {
            made.forEach { cmark_node_free($0) }
            return
        }
        for part in made { cmark_node_insert_before(node, part) }
        cmark_node_set_literal(node, "")
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// The literal text under a node: text, code and line breaks, without markup.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    private static func headingInfo(_ node: OpaquePointer) -> Heading {
        var explicitID: String?
        // `## Title {#id}`: the id is at the end of the last text node.
        if let last = cmark_node_last_child(node), cmark_node_get_type(last) == CMARK_NODE_TEXT {
            let literal = string(cmark_node_get_literal(last))
            if let (rest, id) = splitExplicitID(literal) {
                explicitID = id
                cmark_node_set_literal(last, rest)
            }
        }
        return Heading(
            level: Int(cmark_node_get_heading_level(node)),
            text: plainText(of: node).trimmingSpaces,
            explicitID: explicitID,
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)))
    }

    /// `"Vision {#vision}"` → `("Vision", "vision")`.
    static func splitExplicitID(_ literal: String) -> (String, String)? {
        // Most headings have no `{#…}`: a text whose last byte is not `}` does not end with it.
        guard literal.containsByte(UInt8(ascii: "}")) else { return nil }
        var literal = literal
        if let decided = literal.withUTF8(splitExplicitIDOnBytes) { return decided }
        return splitExplicitIDByCharacter(literal)
    }

    /// `splitExplicitID` on the bytes of a text that ends with `}` where every character around the
    /// `{#`, the `}` and the ends is ASCII (so each is a character of its own, as the general path
    /// sees it); nil when the general path must decide, `.some(nil)` when there is no id.
    private static func splitExplicitIDOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, String)?? {
        let count = bytes.count
        guard count >= 2, bytes[count - 1] == UInt8(ascii: "}"), bytes[count - 2] < 0x80, bytes[0] < 0x80 else { return nil }
        var open = count - 2
        while open >= 0, !(bytes[open] == UInt8(ascii: "{") && bytes[open + 1] == UInt8(ascii: "#")) { open -= 1 }
        guard open >= 0 else { return .some(nil) }
        guard open == 0 || bytes[open - 1] < 0x80, open + 2 < count, bytes[open + 2] < 0x80 else { return nil }
        let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 2)..<(count - 1)]), as: UTF8.self).trimmingSpaces
        guard !id.isEmpty else { return .some(nil) }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<open]), as: UTF8.self).trimmingSpaces, id)
    }

    /// `splitExplicitID` by characters (the general path, which the tests compare the byte path with).
    static func splitExplicitIDByCharacter(_ literal: String) -> (String, String)? {
        guard literal.containsByte(UInt8(ascii: "}")) else { return nil }
        let trimmed = literal.trimmingSpaces
        guard trimmed.hasSuffix("}"), let open = trimmed.utf8Range(of: "{#", last: true) else { return nil }
        let id = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]).trimmingSpaces
        guard !id.isEmpty else { return nil }
        let rest = String(trimmed[..<open.lowerBound]).trimmingSpaces
        return (rest, id)
    }

    /// Replaces a heading by a custom block `<hN id="…">…</hN>` holding the same inlines, so the
    /// id survives cmark's safe mode.
    private static func replaceHeading(_ node: OpaquePointer, level: Int, id: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        // `<hN id="…">` and `</hN>` as C strings, made on bytes (cmark copies them).
        // A heading's level is 1 to 6: one digit.
        let digit = UInt8(ascii: "0") + UInt8(clamping: level)
        var enter: [UInt8] = []
        enter.reserveCapacity(id.utf8.count + 16)
        enter.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "h"), digit])
        enter.append(contentsOf: " id=\"".utf8)
        HTML.append(id, quotes: true, to: &enter)
        enter.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ">"), 0])
        let exit: [UInt8] = [UInt8(ascii: "<"), UInt8(ascii: "/"), UInt8(ascii: "h"), digit, UInt8(ascii: ">"), 0]
        enter.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_enter(block, $0.baseAddress) } }
        exit.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_exit(block, $0.baseAddress) } }
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(block, child)
        }
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// Replaces a link by a custom inline that keeps the link's children between `enter` and `exit`.
    private static func wrapChildren(of node: OpaquePointer, enter: String, exit: String) {
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(inline, enter)
        cmark_node_set_on_exit(inline, exit)
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(inline, child)
        }
        cmark_node_replace(node, inline)
        cmark_node_free(node)
    }
}
