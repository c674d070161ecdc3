/// `sitemap.xml` (every page with its `xhtml:link` language alternates, read from the pages' own
/// canonical and hreflang links, so every section is included) and `robots.txt`.
enum Sitemap {
    static func files(for files: [OutputFile], config: SiteConfig) -> [OutputFile] {
        var entries: [(loc: String, alternates: [(String, String)])] = []
        for file in files where file.path.hasSuffix("index.html") && !file.path.hasPrefix("was/") {
            let head = String(decoding: file.bytes.prefix(4096), as: UTF8.self)
            guard let canonical = attribute("href", inTagStarting: "<link rel=\"canonical\"", in: head) else { continue }
            var alternates: [(String, String)] = []
            var rest = head[...]
            while let range = rest.range(of: "<link rel=\"alternate\" hreflang=\"") {
                let tail = rest[range.upperBound...]
                guard let quote = tail.firstIndex(of: "\""), let href = attribute("href", inTagStarting: "", in: String(tail)) else { break }
                alternates.append((String(tail[..<quote]), href))
                rest = tail
            }
            entries.append((canonical, alternates))
        }
        entries.sort { $0.loc < $1.loc }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for entry in entries {
            xml += "<url>\n<loc>\(XML.escape(entry.loc))</loc>\n"
            for (language, href) in entry.alternates {
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(XML.escape(language))\" href=\"\(XML.escape(href))\"/>\n"
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL)sitemap.xml\n"
        return [OutputFile(path: "sitemap.xml", text: xml), OutputFile(path: "robots.txt", text: robots)]
    }

    /// The value of `name="…"` in the first tag that starts with `prefix`.
    static func attribute(_ name: String, inTagStarting prefix: String, in html: String) -> String? {
        guard let start = prefix.isEmpty ? html.startIndex : html.range(of: prefix)?.lowerBound else { return nil }
        let tag = html[start...].prefix { $0 != ">" }
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[range.upperBound...].prefix { $0 != "\"" }
        return ThirdPartyResources.decodeEntities(String(value))
    }
}
