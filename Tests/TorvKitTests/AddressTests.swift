import Foundation
import Testing
@testable import TorvKit

/// Permanent addresses: a renamed slug is an error until the old address is an alias; a withdrawn
/// page gets a "gone" page; both from the previous site's manifest and from the committed list.
@Suite struct AddressTests {
    static let renamed = "---\ntitle: Handlinger\nsummary: Seks handlinger.\nslug: indsatser\n---\n\nTilbage til [strategien](index.da.md#maal).\n"

    /// The manifest a build leaves in its output: one address per line, a tab, the file that made it.
    @Test func theManifestIsReadLineByLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torv-manifest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "/om/\tcontent/om.da.md\n/en/about/\n\nnot an address\n/æøå/\tcontent/æøå.da.md\n/tom/\t\n/sidste/\tcontent/s.da.md"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + PublishedAddresses.manifestName))
        #expect(PublishedAddresses.readManifest(output: folder) == [
            "/om/": "content/om.da.md", "/en/about/": "", "/æøå/": "content/æøå.da.md", "/tom/": "", "/sidste/": "content/s.da.md",
        ])
        try Data([0x2f, 0x61, 0xff, 0x0a]).write(to: URL(fileURLWithPath: folder + "/" + PublishedAddresses.manifestName))
        #expect(PublishedAddresses.readManifest(output: folder).isEmpty)
        #expect(PublishedAddresses.readManifest(output: folder + "/missing").isEmpty)
    }

    @Test func aRenamedSlugOverThePreviousSiteNamesTheOldAddressUntilItIsAnAlias() throws {
        let site = try TestSite(TestSite.minimal)
        #expect(site.build().succeeded)
        #expect(site.read(PublishedAddresses.manifestName).contains("/strategi/handlinger/\t"))
        try site.write("content/strategi/handlinger.da.md", Self.renamed)
        let broken = site.build()
        #expect(site.lines(broken).contains("site/.torv-addresses: error: address-dropped"), "\(site.lines(broken))")
        let message = try #require(broken.diagnostics.first { $0.code == .addressDropped })
        #expect(message.message.contains("`/strategi/handlinger/`") && message.message.contains("content/strategi/handlinger.da.md"))
        #expect(message.hint?.contains("aliases: [/strategi/handlinger/]") == true)
        #expect(site.read("strategi/handlinger/index.html").contains("Handlinger"), "the previous site stays")
        // The alias: the old address redirects, the sitemap lists only the new one.
        try site.write("content/strategi/handlinger.da.md", Self.renamed.replacingOccurrences(of: "slug: indsatser\n", with: "slug: indsatser\naliases: [/strategi/handlinger/]\n"))
        let fixed = site.build()
        #expect(fixed.succeeded, "\(site.lines(fixed))")
        let redirect = site.read("strategi/handlinger/index.html")
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/strategi/indsatser/\">"))
        #expect(redirect.contains("<link rel=\"canonical\" href=\"https://example.dk/strategi/indsatser/\">"))
        #expect(redirect.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(redirect.contains("<a href=\"/strategi/indsatser/\">Gå til sidens nye adresse</a>"))
        #expect(redirect.contains("<p lang=\"en\"><a href=\"/strategi/indsatser/\">Go to the page's new address</a></p>"))
        let sitemap = site.read("sitemap.xml")
        #expect(sitemap.contains("https://example.dk/strategi/indsatser/") && !sitemap.contains("/strategi/handlinger/"))
        #expect(site.read("_redirects").contains("/strategi/handlinger/ /strategi/indsatser/ 301"))
        #expect(site.read("_redirects.nginx").contains("\"/strategi/handlinger/\" \"/strategi/indsatser/\";"))
        try Self.checkLinks(site)
    }

    @Test func aRenamedSlugOnAFreshCloneIsFoundFromTheCommittedList() throws {
        let site = try TestSite(TestSite.minimal)
        let output = SiteRenderer.render(site.options)
        try site.write("published-addresses.txt", PublishedAddresses.listText(output.addresses))
        #expect(site.check().diagnostics.filter { $0.code == .addressesNotListed || $0.code == .addressDropped }.isEmpty)
        try site.write("content/strategi/handlinger.da.md", Self.renamed)
        let broken = site.build()
        #expect(site.lines(broken).contains("published-addresses.txt:5:1: error: address-dropped"), "\(site.lines(broken))")
        #expect(broken.diagnostics.contains { $0.message.contains("`/strategi/handlinger/`") })
        // A new address not in the list is a warning; `--accept-removed` lets the removal through.
        var options = site.options
        options.acceptRemoved = true
        let accepted = SiteBuilder.run(options, write: true)
        #expect(accepted.succeeded)
        #expect(site.lines(accepted).contains("published-addresses.txt: warning: addresses-not-listed"))
        try site.write("content/strategi/handlinger.da.md", Self.renamed.replacingOccurrences(of: "slug: indsatser\n", with: "slug: indsatser\naliases: [/strategi/handlinger/]\n"))
        let fixed = site.build()
        #expect(fixed.succeeded, "\(site.lines(fixed))")
        #expect(site.read("strategi/handlinger/index.html").contains("url=/strategi/indsatser/"))
        try Self.checkLinks(site)
    }

    @Test func aWithdrawnPageGetsAGonePageInEveryLanguage() throws {
        var files = TestSite.minimal
        files["content/strategi/handlinger.da.md"] = "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\nTekst.\n"
        files["content/strategi/gammel.da.md"] = "---\ntitle: Gammel\nsummary: En gammel side.\n---\n\nTekst.\n"
        let site = try TestSite(files)
        #expect(site.build().succeeded)
        try site.remove("content/strategi/gammel.da.md")
        #expect(site.lines(site.build()).contains("site/.torv-addresses: error: address-dropped"))
        try site.write("content/redirects.yaml", "- from: /strategi/gammel/\n  gone: true\n")
        let result = site.build()
        #expect(result.succeeded, "\(site.lines(result))")
        let gone = site.read("strategi/gammel/index.html")
        #expect(gone.contains("<h1>Siden er fjernet</h1>") && gone.contains("<p lang=\"en\">The page was removed on purpose"))
        #expect(gone.contains("noindex") && !gone.contains("refresh"))
        #expect(site.read("_redirects").contains("/strategi/gammel/ /strategi/gammel/index.html 410"))
        #expect(site.read("_redirects.nginx").contains("\"/strategi/gammel/\" 1;"))
        #expect(!site.read("sitemap.xml").contains("/strategi/gammel/"))
        try Self.checkLinks(site)
    }

    @Test func aliasCollisionsAndChainsAreErrors() throws {
        var files = TestSite.minimal
        files["content/strategi/handlinger.da.md"] = Self.renamed.replacingOccurrences(of: "slug: indsatser\n", with: "slug: indsatser\naliases: [/strategi/]\n")
        files["content/redirects.yaml"] = "- from: /a/\n  to: /b/\n- from: /b/\n  to: /strategi/\n"
        let site = try TestSite(files)
        let lines = site.lines(site.check())
        #expect(lines.contains("content/strategi/handlinger.da.md:5:11: error: alias-collision"), "\(lines)")
        #expect(lines.contains("content/redirects.yaml:1:9: error: redirect-chain"), "\(lines)")
    }

    /// The repository's link checker on the built site.
    static func checkLinks(_ site: TestSite) throws {
        let checker = TestSite.repository.appendingPathComponent(".ci/check_site.py").path
        let (status, text) = try ProgramRun.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", checker, site.root.appendingPathComponent("site").path], withErrors: true)
        #expect(status == 0, "\(text)")
    }
}

@Suite struct PreviewAddressTests {
    /// `torv serve` never publishes into the output folder, so a site built there (perhaps from other
    /// content) is not its previous version; `torv check` and `torv build` still compare with it.
    @Test func servePreviewIgnoresTheOutputFoldersManifest() async throws {
        let site = try TestSite()
        try site.write("site/" + PublishedAddresses.manifestName, "/a-page-of-another-site/\t\n")
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let preview = PreviewSite(options: options)
        #expect(await preview.rebuild().succeeded)
        let check = SiteBuilder.run(options, write: false)
        #expect(check.diagnostics.contains { $0.code == .addressDropped })
    }
}

@Suite struct EnterpriseAliasTests {
    /// An enterprise renamed (a new file and id) drops its old catalogue addresses until its file
    /// lists them as `aliases:`; then each old address redirects to the page in its own language.
    @Test func aRenamedEnterpriseRedirectsFromItsAliasesInEachLanguage() throws {
        let site = try TestSite(CatalogueFixture.files)
        #expect(site.build().succeeded)
        let renamed = CatalogueFixture.enterprise(id: "kafe", name: "Café Ø", cvr: "DK 9906 0816", products: CatalogueFixture.cafeProducts)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/catalogue/cafe.yaml"))
        try site.write("content/catalogue/kafe.yaml", renamed)
        let broken = site.build()
        #expect(broken.diagnostics.contains { $0.code == .addressDropped && $0.message.contains("`/katalog/cafe/`") }, "\(site.lines(broken))")
        #expect(broken.diagnostics.contains { $0.code == .addressDropped && $0.message.contains("`/en/catalogue/cafe/`") })
        try site.write("content/catalogue/kafe.yaml", renamed.replacingOccurrences(
            of: "sample: true\n", with: "sample: true\naliases: [/katalog/cafe/, /en/catalogue/cafe/]\n"))
        let fixed = site.build()
        #expect(fixed.succeeded, "\(site.lines(fixed))")
        #expect(site.read("katalog/cafe/index.html").contains("url=/katalog/kafe/"))
        #expect(site.read("en/catalogue/cafe/index.html").contains("url=/en/catalogue/kafe/"))
        #expect(site.read("_redirects").contains("/en/catalogue/cafe/ /en/catalogue/kafe/ 301"))
    }
}
