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
        let marker = Array(("=\"" + MarkdownPage.placeholderScheme).utf8)
        let html = Array(markdown.html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(html.count + 64 * replacements.count)
        var i = 0
        while i < html.count {
            if html[i] == marker[0], i + marker.count <= html.count, html[i..<(i + marker.count)].elementsEqual(marker) {
                var j = i + marker.count
                var number = 0
                var digits = 0
                while j < html.count, html[j] >= 48, html[j] <= 57, digits < 9 {
                    number = number * 10 + Int(html[j] - 48)
                    j += 1
                    digits += 1
                }
                if digits > 0, j < html.count, html[j] == UInt8(ascii: "\""), number < replacements.count {
                    out.append(contentsOf: Array("=\"".utf8))
                    out.append(contentsOf: Array(replacements[number].utf8))
                    i = j + 1
                    continue
                }
            }
            out.append(html[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
