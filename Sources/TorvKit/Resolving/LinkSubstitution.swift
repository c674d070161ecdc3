/// Puts the resolved addresses in place of the `torv-link:N` placeholders left by the Markdown pass.
enum LinkSubstitution {
    static func apply(_ markdown: MarkdownPage, page: PlannedPage, resolver: LinkResolver, diagnostics: inout [Diagnostic]) -> String {
        guard !markdown.pendingLinks.isEmpty else { return markdown.html }
        var replacements: [String] = []
        for link in markdown.pendingLinks {
            switch resolver.resolve(link, from: page) {
            case .success(let resolution):
                var attribute = HTML.escapeAttribute(resolution.url) + "\""
                if let hreflang = resolution.hreflang, !link.isImage { attribute += " hreflang=\"\(hreflang)\"" }
                replacements.append(attribute)
            case .failure(let problem):
                diagnostics.append(problem)
                replacements.append("#\"")
            }
        }
        let html = markdown.html
        let cuts = html.utf8.withContiguousStorageIfAvailable { placeholders(in: $0, count: replacements.count) }
            ?? Array(html.utf8).withUnsafeBufferPointer { placeholders(in: $0, count: replacements.count) }
        // The text between the placeholders is appended as it is (valid UTF-8 already: no check, no
        // copy into bytes and back); every cut is between two ASCII characters.
        var out = ""
        out.reserveCapacity(html.utf8.count + 64 * replacements.count)
        let utf8 = html.utf8
        var copied = utf8.startIndex
        for cut in cuts {
            out += html[copied..<utf8.index(utf8.startIndex, offsetBy: cut.start)]
            out += "=\""
            out += replacements[cut.number]
            copied = utf8.index(utf8.startIndex, offsetBy: cut.end)
        }
        out += html[copied...]
        return out
    }

    /// Every `="torv-link:N"` in the HTML, as the byte range it takes and N.
    private static func placeholders(in html: UnsafeBufferPointer<UInt8>, count: Int) -> [(start: Int, end: Int, number: Int)] {
        let marker = Array(("=\"" + MarkdownPage.placeholderScheme).utf8)
        var cuts: [(start: Int, end: Int, number: Int)] = []
        cuts.reserveCapacity(count)
        var i = 0
        while let found = Bytes.index(of: marker[0], in: html, from: i) {
            i = found + 1
            guard found + marker.count <= html.count, html[found..<(found + marker.count)].elementsEqual(marker) else { continue }
            var j = found + marker.count
            var number = 0
            var digits = 0
            while j < html.count, html[j] >= 48, html[j] <= 57, digits < 9 {
                number = number * 10 + Int(html[j] - 48)
                j += 1
                digits += 1
            }
            guard digits > 0, j < html.count, html[j] == UInt8(ascii: "\""), number < count else { continue }
            cuts.append((found, j + 1, number))
            i = j + 1
        }
        return cuts
    }
}
