/// `sitemap.xml` (every page with its `xhtml:link` language alternates, from the pages' views: the
/// same canonical and hreflang addresses as their heads) and `robots.txt`.
enum Sitemap {
    /// A page's `<url>` element, made where the page is rendered (in parallel); `loc` orders them.
    struct Entry: Sendable {
        var loc: String
        /// The element's UTF-8 bytes.
        var xml: [UInt8]

        init(loc: String, alternates: [(String, String)]) {
            self.loc = loc
            var xml: [UInt8] = []
            xml.reserveCapacity(40 + loc.utf8.count + alternates.reduce(0) { $0 + 50 + $1.0.utf8.count + $1.1.utf8.count })
            xml.append(contentsOf: "<url>\n<loc>".utf8)
            XML.append(loc, to: &xml)
            xml.append(contentsOf: "</loc>\n".utf8)
            for (language, href) in alternates {
                xml.append(contentsOf: "<xhtml:link rel=\"alternate\" hreflang=\"".utf8)
                XML.append(language, to: &xml)
                xml.append(contentsOf: "\" href=\"".utf8)
                XML.append(href, to: &xml)
                xml.append(contentsOf: "\"/>\n".utf8)
            }
            xml.append(contentsOf: "</url>\n".utf8)
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
        var xml = Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """.utf8)
        xml.reserveCapacity(xml.count + entries.reduce(0) { $0 + $1.xml.count } + 16)
        for entry in entries { xml.append(contentsOf: entry.xml) }
        xml.append(contentsOf: "</urlset>\n".utf8)
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL)sitemap.xml\n"
        return [OutputFile(path: "sitemap.xml", bytes: xml), OutputFile(path: "robots.txt", text: robots)]
    }
}
