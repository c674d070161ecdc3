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
