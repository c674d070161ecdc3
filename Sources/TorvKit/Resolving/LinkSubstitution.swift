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
        let substituted = markdown.html.utf8.withContiguousStorageIfAvailable { substitute(replacements, in: $0) }
        return substituted ?? Array(markdown.html.utf8).withUnsafeBufferPointer { substitute(replacements, in: $0) }
    }

    /// The HTML with every `="torv-link:N"` replaced by `="` and replacement N; copied in runs.
    private static func substitute(_ replacements: [String], in html: UnsafeBufferPointer<UInt8>) -> String {
        let marker = Array(("=\"" + MarkdownPage.placeholderScheme).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(html.count + 64 * replacements.count)
        var copied = 0
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
            guard digits > 0, j < html.count, html[j] == UInt8(ascii: "\""), number < replacements.count else { continue }
            out.append(contentsOf: html[copied..<found])
            out.append(contentsOf: "=\"".utf8)
            out.append(contentsOf: replacements[number].utf8)
            copied = j + 1
            i = copied
        }
        out.append(contentsOf: html[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}
