import Foundation
import Testing
@testable import TorvKit

/// The glossary: its pages, and the first use of a term on each page linked to its entry.
@Suite struct GlossaryTests {
    static let terms: [(id: String, term: Glossary.Term)] = [
        ("rsv", Glossary.Term(term: "RSV", forms: ["RSV'en", "registreret socialøkonomisk virksomhed"], explanation: "")),
        ("socialoekonomi", Glossary.Term(term: "socialøkonomisk virksomhed", forms: ["socialøkonomiske virksomheder"], explanation: "")),
        ("fleksjob", Glossary.Term(term: "fleksjob", forms: ["fleksjobbet"], explanation: "")),
    ]

    static func marked(_ text: String) -> [CmarkBridge.TextPiece]? {
        var used = Set<String>()
        return GlossaryMarker(terms: terms, pageURL: "/ordliste/").mark(text, used: &used)
    }

    @Test func marksWholeWordsInAnyCaseAndTheLongestForm() {
        let link = { (text: String, id: String) in
            CmarkBridge.TextPiece.wrapped(text, enter: "<a class=\"term\" href=\"/ordliste/#\(id)\">", exit: "</a>")
        }
        #expect(Self.marked("Fleksjobbet er godt.") == [link("Fleksjobbet", "fleksjob"), .text(" er godt.")])
        #expect(Self.marked("En registreret socialøkonomisk virksomhed og RSV'en.")
            == [.text("En "), link("registreret socialøkonomisk virksomhed", "rsv"), .text(" og RSV'en.")])
        // Not inside a longer word: `fleksjobordningen`, `RSVX`.
        #expect(Self.marked("fleksjobordningen og RSVX") == nil)
        // A hyphen ends a word: `RSV-loven` uses RSV.
        #expect(Self.marked("RSV-loven") == [link("RSV", "rsv"), .text("-loven")])
    }

    @Test func marksOnlyTheFirstUseOfEachTerm() {
        var used = Set<String>()
        let marker = GlossaryMarker(terms: Self.terms, pageURL: "/ordliste/")
        #expect(marker.mark("fleksjob og fleksjob", used: &used)?.count == 2)
        #expect(used == ["fleksjob"])
        #expect(marker.mark("Et fleksjob.", used: &used) == nil)
    }

    static let page = """
        ---
        title: Strategi
        summary: Kommunens strategi.
        ---

        ## Teksten i overskriften {#maal}

        Se [teksten her](handlinger.da.md) og `tekst` i kode.

        Her er Teksten, og her er tekst igen.

        """

    @Test func linksTheFirstUseOnEachPageButNotInHeadingsLinksCodeOrTheGlossaryPage() throws {
        var files = GlossaryFixture.files()
        files["content/strategi/index.da.md"] = Self.page
        files["content/strategi/handlinger.da.md"] = """
            ---
            title: Handlinger
            summary: Seks handlinger.
            glossary: false
            ---

            En tekst uden link til ordlisten.

            """
        let site = try TestSite(files)
        let result = site.build()
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
        let strategy = site.read("strategi/index.html")
        #expect(strategy.contains("<h2 id=\"maal\">\nTeksten i overskriften\n</h2>"))
        #expect(strategy.contains(#"<a href="/strategi/handlinger/">teksten her</a>"#))
        #expect(strategy.contains("<code>tekst</code>"))
        #expect(strategy.contains(#"Her er <a class="term" href="/ordliste/#tekst">Teksten</a>, og her er tekst igen."#))
        #expect(strategy.components(separatedBy: #"class="term""#).count == 2)
        #expect(!site.read("strategi/handlinger/index.html").contains(#"class="term""#))
        #expect(site.read("en/strategy/index.html").contains(#"<a class="term" href="/en/glossary/#tekst">Text</a> about"#))
        let glossary = site.read("ordliste/index.html")
        #expect(glossary.contains(#"<dt id="tekst">tekst</dt>"#))
        #expect(glossary.contains("Ord på en side."))
        #expect(!glossary.contains(#"class="term""#))
        #expect(site.read("en/glossary/index.html").contains(#"<dt id="tekst">text</dt>"#))
    }

    /// The real site: the glossary page lists every entry of content/glossary.yaml A–Z in both
    /// languages, and every term link on every page leads to an entry that is there.
    @Test func realSiteLinksTermsToEntriesThatExist() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("torv-glossary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(
            content: TestSite.repository.appendingPathComponent("content").path,
            templates: TestSite.repository.appendingPathComponent("templates").path, output: output.path)
        options.today = LocalDate(iso: "2026-11-22")
        options.pagefind = try FakePagefind.path()  // the real site has search; Pagefind itself is not needed here
        let result = SiteBuilder.run(options, write: true)
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
        let glossaryPages = ["da": "ordliste/index.html", "en": "en/glossary/index.html"]
        var anchors: [String: [String]] = [:]
        for (language, path) in glossaryPages {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            let ids = Self.matches(#"<dt id="([a-z0-9-]+)">"#, in: html)
            #expect(ids.count == 16, "\(language): \(ids)")
            let terms = Self.matches(#"<dt id="[a-z0-9-]+">([^<]+)</dt>"#, in: html).map { $0.lowercased() }
            #expect(terms == terms.sorted(), "\(language): not A–Z: \(terms)")
            anchors[language] = ids
        }
        var links = 0
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".html") else { continue }
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            for href in Self.matches(#"<a class="term" href="([^"]+)">"#, in: html) {
                links += 1
                let language = href.hasPrefix("/en/") ? "en" : "da"
                #expect(href.hasPrefix(language == "en" ? "/en/glossary/#" : "/ordliste/#"), "\(path): \(href)")
                let id = String(href.split(separator: "#").last ?? "")
                #expect(anchors[language]?.contains(id) == true, "\(path): \(href)")
                #expect(!path.hasPrefix("ordliste/") && !path.hasPrefix("en/glossary/"), "the glossary page links its own terms")
            }
        }
        #expect(links > 50)
        let strategy = try String(contentsOf: output.appendingPathComponent("strategi/index.html"), encoding: .utf8)
        #expect(strategy.contains(#"<a class="term" href="/ordliste/#socialoekonomisk-virksomhed">"#))
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
