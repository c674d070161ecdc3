/// The pages at old addresses: a redirect (meta refresh, a plain link, `rel=canonical` to the new
/// address, `noindex`) or a "gone" page for an address withdrawn on purpose, with the texts of every
/// site language (UI strings `moved_title`, `moved_text`, `gone_title`, `gone_text`); and the same
/// redirects for web servers, as a `_redirects` file and an nginx `map` snippet.
enum RedirectPages {
    static let movedKeys = ["moved_title", "moved_text"]
    static let goneKeys = ["gone_title", "gone_text"]

    static func moved(to address: String, config: SiteConfig, strings: [String: UIStrings]) -> String {
        let url = HTML.escapeAttribute(config.basePath + address.dropFirst())
        let canonical = HTML.escapeAttribute(config.origin + config.basePath + address.dropFirst())
        return NoticePage.html(config: config, strings: strings, homeLink: true, titleKey: "moved_title", head: """
            <meta http-equiv="refresh" content="0; url=\(url)">
            <link rel="canonical" href="\(canonical)">

            """) { language, attribute in
            "<p\(attribute)><a href=\"\(url)\">\(NoticePage.text(strings, "moved_text", language))</a></p>\n"
        }
    }

    /// The page at `address` (inside the site) says, in every language, that it was withdrawn on purpose.
    static func gone(at address: String, config: SiteConfig, strings: [String: UIStrings]) -> String {
        let canonical = HTML.escapeAttribute(config.origin + config.basePath + address.dropFirst())
        let description = HTML.escapeAttribute(strings[config.defaultLanguage]?["gone_text"] ?? "gone_text")
        return NoticePage.html(config: config, strings: strings, homeLink: true, titleKey: "gone_title", head: """
            <meta name="description" content="\(description)">
            <link rel="canonical" href="\(canonical)">

            """) { language, attribute in
            "<p\(attribute)>\(NoticePage.text(strings, "gone_text", language))</p>\n"
        }
    }

    /// Netlify/Cloudflare Pages style: `from to 301`, or `from from 410` for a gone page.
    static func netlify(_ redirects: [Redirect], basePath: String) -> String {
        redirects.sorted { $0.from < $1.from }.map { r in
            let from = basePath + r.from.dropFirst()
            guard let to = r.to else { return "\(from) \(from)index.html 410\n" }
            return "\(from) \(basePath + to.dropFirst()) 301\n"
        }.joined()
    }

    /// An nginx `map` (include it in `http {}`), then in the `server {}`:
    /// `if ($torv_redirect) { return 301 $torv_redirect; }` and `if ($torv_gone) { return 410; }`
    /// with `error_page 410 /old/address/index.html` or a general one.
    static func nginx(_ redirects: [Redirect], basePath: String) -> String {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        let sorted = redirects.sorted { $0.from < $1.from }
        var text = "# Written by torv build. In http {}: include this file; in server {}:\n"
        text += "#   if ($torv_redirect) { return 301 $torv_redirect; }\n#   if ($torv_gone) { return 410; }\n"
        text += "map $uri $torv_redirect {\n    default \"\";\n"
        for r in sorted { if let to = r.to { text += "    \(quoted(basePath + r.from.dropFirst())) \(quoted(basePath + to.dropFirst()));\n" } }
        text += "}\nmap $uri $torv_gone {\n    default 0;\n"
        for r in sorted where r.to == nil { text += "    \(quoted(basePath + r.from.dropFirst())) 1;\n" }
        text += "}\n"
        return text
    }
}
