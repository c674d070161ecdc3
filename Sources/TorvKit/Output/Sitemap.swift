/// `sitemap.xml` (every page with its `xhtml:link` language alternates, from the pages' views: the
/// same canonical and hreflang addresses as their heads) and `robots.txt`.
enum Sitemap {
    /// A page's `<url>` element, made where the page is rendered (in parallel); `loc` orders them.
    struct Entry: Sendable {
        var loc: String
        var xml: String

        init(loc: String, alternates: [(String, String)]) {
            self.loc = loc
            // Appended piece by piece into one reserved string (interpolation made a string per line).
            let escaped = alternates.map { (XML.escape($0.0), XML.escape($0.1)) }
            let location = XML.escape(loc)
            var xml = ""
            xml.reserveCapacity(40 + location.utf8.count + escaped.reduce(0) { $0 + 50 + $1.0.utf8.count + $1.1.utf8.count })
            xml += "<url>\n<loc>"
            xml += location
            xml += "</loc>\n"
            for (language, href) in escaped {
                xml += "<xhtml:link rel=\"alternate\" hreflang=\""
                xml += language
                xml += "\" href=\""
                xml += href
                xml += "\"/>\n"
            }
            xml += "</url>\n"
            self.xml = xml
        }
    }

    /// A page's entry: its canonical address and its alternates, `x-default` last (404 pages have none).
    static func entry(for page: GeneratedPage) -> Entry? {
        guard page.path.hasSuffix("index.html") else { return nil }
        let view = page.view
        return Entry(
            loc: view.page.canonical,
            alternates: view.alternates.map { ($0.lang, $0.url) } + [("x-default", view.defaultAlternate)])
    }

    static func files(for entries: [Entry], config: SiteConfig) -> [OutputFile] {
        let entries = entries.sorted { $0.loc < $1.loc }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        xml.reserveCapacity(xml.utf8.count + entries.reduce(0) { $0 + $1.xml.utf8.count } + 16)
        for entry in entries { xml += entry.xml }
        xml += "</urlset>\n"
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL)sitemap.xml\n"
        return [OutputFile(path: "sitemap.xml", text: xml), OutputFile(path: "robots.txt", text: robots)]
    }
}
