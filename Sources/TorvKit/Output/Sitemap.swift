/// `sitemap.xml` (every page with its `xhtml:link` language alternates, read from the pages' own
/// canonical and hreflang links, so every section is included) and `robots.txt`.
enum Sitemap {
    struct Entry: Sendable {
        var loc: String
        var alternates: [(String, String)]
    }

    static func files(for files: [OutputFile], config: SiteConfig) -> [OutputFile] {
        let pages = files.filter { $0.path.hasSuffix("index.html") && !$0.path.hasPrefix("was/") }
        var entries = Parallel.map(pages) { entry(Array($0.bytes.prefix(4096))) }.compactMap { $0 }
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

    /// The canonical address and the hreflang alternates in a page's head.
    static func entry(_ head: [UInt8]) -> Entry? {
        var canonical: String?
        var alternates: [(String, String)] = []
        for (tag, _) in ThirdPartyResources.htmlTags(head, named: "link") {
            let rel = tag["rel"] ?? ""
            if rel == "canonical" { canonical = tag["href"] }
            if rel == "alternate", let language = tag["hreflang"], let href = tag["href"] { alternates.append((language, href)) }
        }
        return canonical.map { Entry(loc: $0, alternates: alternates) }
    }
}
