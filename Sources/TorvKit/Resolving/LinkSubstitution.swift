/// Puts the resolved addresses in place of the `torv-link:N` placeholders left by the Markdown pass.
enum LinkSubstitution {
    /// A link to a heading whose page's ids were not known yet (`LinkResolver.anchors` nil):
    /// `pendingLinks[link]`, naming `anchor`.
    struct UncheckedAnchor: Sendable {
        var link: Int
        var anchor: LinkResolver.AnchorCheck
    }

    static func apply(_ markdown: MarkdownPage, page: PlannedPage, resolver: LinkResolver, diagnostics: inout [Diagnostic]) -> [UInt8] {
        var unchecked: [UncheckedAnchor] = []
        return apply(markdown, page: page, resolver: resolver, diagnostics: &diagnostics, unchecked: &unchecked)
    }

    /// `apply`, adding to `unchecked` the links to headings the resolver could not check yet.
    static func apply(
        _ markdown: MarkdownPage, page: PlannedPage, resolver: LinkResolver, diagnostics: inout [Diagnostic],
        unchecked: inout [UncheckedAnchor]
    ) -> [UInt8] {
        guard !markdown.pendingLinks.isEmpty else { return markdown.html }
        var replacements: [[UInt8]] = []
        replacements.reserveCapacity(markdown.pendingLinks.count)
        for (index, link) in markdown.pendingLinks.enumerated() {
            var attribute: [UInt8] = []
            switch resolver.resolve(link, from: page) {
            case .success(let resolution):
                if let anchor = resolution.anchor { unchecked.append(UncheckedAnchor(link: index, anchor: anchor)) }
                HTML.append(resolution.url, quotes: true, to: &attribute)
                attribute.append(UInt8(ascii: "\""))
                if let hreflang = resolution.hreflang, !link.isImage {
                    attribute.append(contentsOf: " hreflang=\"".utf8)
                    attribute.append(contentsOf: hreflang.utf8)
                    attribute.append(UInt8(ascii: "\""))
                }
            case .failure(let problem):
                diagnostics.append(problem)
                attribute.append(contentsOf: "#\"".utf8)
            }
            replacements.append(attribute)
        }
        // The bytes between the placeholders are copied as they are; every cut is between two ASCII characters.
        return markdown.html.withUnsafeBufferPointer { html in
            let cuts = placeholders(in: html, count: replacements.count)
            var out: [UInt8] = []
            out.reserveCapacity(html.count + 64 * replacements.count)
            var copied = 0
            for cut in cuts {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<cut.start]))
                out.append(contentsOf: "=\"".utf8)
                out.append(contentsOf: replacements[cut.number])
                copied = cut.end
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied...]))
            return out
        }
    }

    /// Every `="torv-link:N"` in the HTML, as the byte range it takes and N.
    static func placeholders(in html: UnsafeBufferPointer<UInt8>, count: Int) -> [(start: Int, end: Int, number: Int)] {
        let marker = Array(("=\"" + MarkdownPage.placeholderScheme).utf8)
        var cuts: [(start: Int, end: Int, number: Int)] = []
        cuts.reserveCapacity(count)
        // Found from the marker's last byte, `:`, which is rarer in HTML than its first, `=`.
        let colon = marker.count - 1
        var lower = 0
        var from = colon
        while let end = Bytes.index(of: UInt8(ascii: ":"), in: html, from: from) {
            from = end + 1
            let found = end - colon
            guard found >= lower, html[found...end].elementsEqual(marker) else { continue }
            var j = end + 1
            var number = 0
            var digits = 0
            while j < html.count, html[j] >= 48, html[j] <= 57, digits < 9 {
                number = number * 10 + Int(html[j] - 48)
                j += 1
                digits += 1
            }
            guard digits > 0, j < html.count, html[j] == UInt8(ascii: "\""), number < count else { continue }
            cuts.append((found, j + 1, number))
            lower = j + 1
            from = max(from, lower + colon)
        }
        return cuts
    }
}
