import Testing
@testable import TorvKit

@Suite struct PrivacyTests {
    @Test func findsEveryKindOfRemoteResource() {
        let html = """
            <link rel="stylesheet" href="https://fonts.googleapis.com/css">
            <link rel="alternate" hreflang="en" href="https://example.dk/en/">
            <script src="//cdn.example.com/x.js"></script>
            <img src="/media/a.png" srcset="/a.png 1x, https://cdn.example.com/a@2x.png 2x" alt="">
            <div style="background: url('https://tracker.example/pixel.gif')"></div>
            <a href="https://kolding.dk">links are fine</a>
            """
        let remote = ThirdPartyResources.htmlResources(html).filter { ThirdPartyResources.isRemote($0.1) }.map(\.1)
        #expect(remote == [
            "https://fonts.googleapis.com/css", "//cdn.example.com/x.js", "https://cdn.example.com/a@2x.png",
            "https://tracker.example/pixel.gif",
        ])
        #expect(ThirdPartyResources.cssResources("@import 'https://x/y.css'; a { background: url(/assets/a.svg) }") == ["/assets/a.svg", "https://x/y.css"])
    }

    /// The scan that skips tags without `:` or `//` finds what the whole scan finds, on random tags.
    @Test func remoteScanFindsWhatTheWholeScanFinds() {
        var generator = MustacheRandomTests.RNG(state: 0x7A6)
        let names = ["img", "IMG", "link", "script", "style", "source", "div", "a", "video", "use"]
        let attributes = ["src", "srcset", "href", "rel", "style", "poster", "data", "SRC"]
        let values = [
            "\"/a.png\"", "'//x.dk/a.png'", "\"https://x.dk/a\"", "http:x", "\"../a.css\"", "\"stylesheet\"", "\"icon preload\"",
            "\"a.png 1x, //x.dk/b.png 2x\"", "\"background: url(/a.png)\"", "\"background:url(//t.dk/p.gif)\"", "\"&quot;//x&quot;\"",
            "\" HTTPS://X.DK \"", "FTP:a", "\"/&amp;/x\"", "\"/ /x\"", "\"\"", "\"canonical\"", "\"alternate\"", "\"Alternate StyleSheet\"",
            "\"apple-touch-icon\"", "\"dns-prefetch\"", "MANIFEST", "\"modulepreload\"", "\"https://x.dk/a.css\"",
        ]
        for _ in 0..<3_000 {
            var html = ""
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let name = names.randomElement(using: &generator) ?? "img"
                let attrs = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    (attributes.randomElement(using: &generator) ?? "src") + "=" + (values.randomElement(using: &generator) ?? "")
                }
                html += "<\(name) \(attrs.joined(separator: " "))>" + (name == "style" ? "a { background: url(//t.dk/x.png) }</style>" : "x")
            }
            let whole = ThirdPartyResources.htmlResources(html).filter { ThirdPartyResources.isRemote($0.1) }
            let remote = ThirdPartyResources.remoteResources(Array(html.utf8))
            #expect(whole.map { "\($0.0) \($0.1)" } == remote.map { "\($0.0) \($0.1)" }, "\(html)")
        }
    }

    @Test func externalFontLinkFailsTheBuild() throws {
        let site = try TestSite()
        let base = try String(contentsOf: site.root.appendingPathComponent("templates/base.mustache"), encoding: .utf8)
        try site.write("templates/base.mustache", base.replacingOccurrences(
            of: "<link rel=\"stylesheet\" href=\"{{assets.css}}\">",
            with: "<link rel=\"stylesheet\" href=\"{{assets.css}}\">\n<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Inter\">"))
        let result = site.check()
        let errors = result.diagnostics.filter { $0.code == .thirdPartyResource }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("https://fonts.googleapis.com/css2?family=Inter") == true)
        #expect(errors.first?.message.contains("other pages") == true)
    }

    /// An editor who puts in an image from another website gets one message, about their page and
    /// with advice for editors, not also the template authors' `third-party-resource`.
    @Test func externalImageInAPageGivesOneMessageForEditors() throws {
        var files = TestSite.minimal
        files["content/strategi/handlinger.da.md"] =
            "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\n![Boder på torvet](https://other.host/billeder/torvet.png)\n"
        let site = try TestSite(files)
        let result = site.check()
        let about = result.diagnostics.filter { $0.message.contains("other.host") || $0.excerpt?.contains("other.host") == true }
        #expect(site.lines(result).filter { $0.contains("external-resource") || $0.contains("third-party-resource") }
            == ["content/strategi/handlinger.da.md:6:1: error: external-resource"])
        #expect(about.count == 1)
        #expect(about.first?.hint?.contains("content/media/") == true)
        #expect(about.first?.hint?.contains("`![Boder på torvet](../media/torvet.png)`") == true)
        #expect(about.first?.hint?.contains("templates") == false)
    }
}

/// `torv serve` checks only the pages it rendered again for resources from other hosts; a page it
/// did not render again must keep its finding, so an unrelated edit never makes the error go away.
@Suite struct ServePrivacyTests {
    @Test func aFindingOnAPageNotRenderedAgainStaysAfterAnUnrelatedEdit() throws {
        let site = try TestSite()
        let home = try String(contentsOf: site.root.appendingPathComponent("templates/home.mustache"), encoding: .utf8)
        try site.write("templates/home.mustache", home + "\n<img src=\"https://tracker.example/p.gif\" alt=\"\">\n")
        let cache = RenderCache()
        let first = SiteRenderer.render(site.options, cache: cache)
        #expect(first.diagnostics.contains { $0.code == .thirdPartyResource })
        let page = "content/strategi/handlinger.da.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(page), encoding: .utf8)
        try site.write(page, text + "\nEn ny linje.\n")
        let second = SiteRenderer.render(site.options, cache: cache)
        let clean = SiteRenderer.render(site.options)
        #expect(second.diagnostics.filter { $0.code == .thirdPartyResource } == clean.diagnostics.filter { $0.code == .thirdPartyResource })
        #expect(second.diagnostics.contains { $0.code == .thirdPartyResource })
        #expect(second.files == nil)
    }
}
