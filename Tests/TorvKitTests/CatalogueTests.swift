import Foundation
import Testing
@testable import TorvKit

/// A site with a catalogue page, the fixed lists and two enterprises.
enum CatalogueFixture {
    static let lists = """
        categories:
          catering: {da: Catering, en: Catering}
          cleaning: {da: Rengøring, en: Cleaning}
        target_groups:
          unge: {da: Unge, en: Young people}
        employment_forms:
          fleksjob: {da: Fleksjob, en: Flexi-job}
        sells_to:
          private: {da: Private, en: Private customers}
          business: {da: Virksomheder, en: Businesses}

        """

    static func enterprise(id: String, name: String, cvr: String, products: String, extra: String = "") -> String {
        """
        id: \(id)
        sample: true
        name: \(name)
        cvr: "\(cvr)"
        description: {da: Beskrivelse af \(name)., en: About \(name).}
        social_purpose: {da: Formål., en: Purpose.}
        target_groups: [unge]
        employment_forms: [fleksjob]
        address: {street: Vej 1, postcode: "6000", town: Kolding}
        contact: {email: info@example.dk}
        sells_to: [private, business]
        last_reviewed: 2026-06-01
        \(extra)products:
        \(products)
        """
    }

    static let cafeProducts = """
          - id: frokost
            kind: service
            category: catering
            title: {da: Frokost, en: Lunch}
            summary: {da: Frokostbuffet., en: "Lunch buffet </script><script>alert(1)</script>"}
            price: {amount: 125.50, unit: {da: pr. kuvert, en: per person}, vat_included: true}
          - id: kage
            kind: product
            category: catering
            title: {da: "=HYPERLINK(\\"x\\")", en: Cake}
            summary: {da: Kage., en: Cake.}
            price_note: {da: Efter aftale, en: On request}
        """

    static let cleanProducts = """
          - id: vinduer
            kind: service
            category: cleaning
            title: {da: Vinduespudsning, en: Window cleaning}
            summary: {da: Rene vinduer.}
            price: {amount: 300, vat_included: false}
        """

    static var files: [String: String] {
        var files = TestSite.minimal
        files["content/site.yaml"] = TestSite.siteYAML + "  - page: katalog/index\n"
        files["content/katalog/index.da.md"] = "---\ntitle: Katalog\nsummary: Produkter.\nlayout: catalogue\n---\n\nIntro.\n"
        files["content/katalog/index.en.md"] = "---\ntitle: Catalogue\nslug: catalogue\nsummary: Products.\nlayout: catalogue\n---\n\nIntro.\n"
        files["content/catalogue/lists.yaml"] = lists
        // 99060816 and 99108061 pass the modulus-11 check.
        files["content/catalogue/cafe.yaml"] = enterprise(id: "cafe", name: "Café Ø", cvr: "DK 9906 0816", products: cafeProducts)
        files["content/catalogue/rent.yaml"] = enterprise(id: "rent", name: "Rent & Co", cvr: "99108061", products: cleanProducts)
        return files
    }
}

@Suite struct CatalogueTests {
    @Test func cvrChecksum() {
        #expect(CVR.validate("99060816") == .success("99060816"))
        #expect(CVR.validate("DK 9906 0816") == .success("99060816"))
        #expect(CVR.validate("99060817") == .failure(.checksum))
        #expect(CVR.validate("09060816") == .failure(.format))
        #expect(CVR.validate("1234567") == .failure(.format))
    }

    @Test func prices() {
        let da = RealLanguageFormats.format("da"), en = RealLanguageFormats.format("en")
        #expect(da.amount(125_050) == "1.250,50 kr.")
        #expect(en.amount(125_050) == "DKK 1,250.50")
        #expect(CatalogueLoader.parseAmount("87,5") == 8750)
        #expect(CatalogueLoader.parseAmount("-1") == nil)
        #expect(CatalogueLoader.parseAmount("12 kr") == nil)
        let price = Price(amountInOre: 12550, unit: LocalizedText(["da": "pr. kuvert"]), vatIncluded: true)
        #expect(da.price(price, fallback: "da") == "125,50 kr. pr. kuvert inkl. moms")
        #expect(en.price(price, fallback: "da") == "DKK 125.50 pr. kuvert incl. VAT")
        #expect(en.price(Price(amountInOre: 0, vatIncluded: true), fallback: "da") == "Free")
    }

    @Test func csvNeutralisesFormulasAndQuotes() {
        #expect(CatalogueExport.cell("=SUM(A1)") == "\"'=SUM(A1)\"")
        #expect(CatalogueExport.cell("+45 70") == "\"'+45 70\"")
        #expect(CatalogueExport.cell("a,\"b\"") == "\"a,\"\"b\"\"\"")
        #expect(CatalogueExport.cell("plain") == "plain")
    }

    @Test func jsonLDCannotEndTheScriptElement() {
        let json = JSONLD.encode(["name": "</script><script>alert(1)</script> & <!--"])
        #expect(!json.contains("<"))
        #expect(!json.contains(">"))
        #expect(json.contains("\\u003c/script\\u003e"))
    }

    @Test func buildsCataloguePagesInBothLanguages() throws {
        let site = try TestSite(CatalogueFixture.files)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let result = SiteBuilder.run(options, write: true)
        #expect(result.succeeded, "\(site.lines(result))")
        // Missing English summary: a warning, and the Danish text with lang="da" on the English page.
        #expect(site.lines(result).contains("content/catalogue/rent.yaml:18:14: warning: missing-translation"))
        let front = site.read("katalog/index.html")
        #expect(front.contains("<a href=\"/katalog/kategori/catering/\">Catering</a> <span class=\"count\">(2)</span>"))
        #expect(front.contains("Eksempeldata"))
        #expect((front.range(of: "Café Ø")?.lowerBound)! < (front.range(of: "Rent &amp; Co")?.lowerBound)!)
        let cafe = site.read("katalog/cafe/index.html")
        #expect(cafe.contains("125,50 kr. pr. kuvert inkl. moms"))
        #expect(cafe.contains("<script type=\"application/ld+json\">"))
        let english = site.read("en/catalogue/rent/index.html")
        #expect(english.contains("<p lang=\"da\">Rene vinduer.</p>"))
        #expect(english.contains("DKK 300 excl. VAT"))
        #expect(site.read("en/catalogue/category/cleaning/index.html").contains("Window cleaning"))
        #expect(site.read("katalog/maalgruppe/unge/index.html").contains("Café Ø"))
        #expect(site.read("en/catalogue/sells-to/business/index.html").contains("Rent &amp; Co"))
        #expect(site.read("katalog/print/index.html").contains("Vinduespudsning"))
        // The injected name stays data: no script element but the site's JSON-LD.
        let englishCafe = site.read("en/catalogue/cafe/index.html")
        #expect(englishCafe.components(separatedBy: "<script").count == 2)
        #expect(!englishCafe.contains("</script><script>alert"))
    }

    @Test func openDataListsExactlyTheProductsOnThePages() throws {
        let site = try TestSite(CatalogueFixture.files)
        #expect(site.build().succeeded)
        let json = try JSONSerialization.jsonObject(with: Data(site.read("catalogue.json").utf8)) as? [String: Any]
        let enterprises = json?["enterprises"] as? [[String: Any]] ?? []
        let jsonProducts = enterprises.flatMap { e in (e["products"] as? [[String: Any]] ?? []).map { "\(e["id"]!)/\($0["id"]!)" } }
        let csvLines = site.read("catalogue.csv").components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        let csvProducts = csvLines.map { line -> String in
            let cells = line.components(separatedBy: ",")
            return "\(cells[0])/\(cells[4])"
        }
        // The products on the enterprise pages, by their anchors.
        var pageProducts: [String] = []
        for id in ["cafe", "rent"] {
            let html = site.read("katalog/\(id)/index.html")
            for part in html.components(separatedBy: "<article class=\"product\" id=\"p-").dropFirst() {
                pageProducts.append("\(id)/" + (part.components(separatedBy: "\"").first ?? ""))
            }
        }
        #expect(jsonProducts.sorted() == ["cafe/frokost", "cafe/kage", "rent/vinduer"])
        #expect(csvProducts.sorted() == jsonProducts.sorted())
        #expect(pageProducts.sorted() == jsonProducts.sorted())
        #expect(site.read("catalogue.csv").contains("\"'=HYPERLINK(\"\"x\"\")\""))
    }

    @Test func checksumCategoryAndDuplicateIdGiveThreeDiagnostics() throws {
        var files = CatalogueFixture.files
        files["content/catalogue/rent.yaml"] = CatalogueFixture.enterprise(
            id: "rent", name: "Rent", cvr: "99108062",
            products: CatalogueFixture.cleanProducts.replacingOccurrences(of: "category: cleaning", with: "category: claening"))
        files["content/catalogue/extra.yaml"] = CatalogueFixture.enterprise(
            id: "extra", name: "Extra", cvr: "99060816",
            products: CatalogueFixture.cafeProducts.replacingOccurrences(of: "id: kage", with: "id: kage2"))
        let site = try TestSite(files)
        let result = site.build()
        #expect(!result.succeeded)
        let errors = site.lines(result).filter { $0.contains("error") }
        #expect(errors == [
            "content/catalogue/extra.yaml:14:9: error: duplicate-id",
            "content/catalogue/rent.yaml:4:6: error: cvr-checksum",
            "content/catalogue/rent.yaml:16:15: error: unknown-category",
        ])
        let category = result.diagnostics.first { $0.code == .unknownCategory }
        #expect(category?.hint?.hasPrefix("did you mean 'cleaning'?") == true)
        let duplicate = result.diagnostics.first { $0.code == .duplicateID }
        #expect(duplicate?.message.hasSuffix("content/catalogue/cafe.yaml:14") == true)
    }

    @Test func aRepeatedProductIdIsReportedAtEveryLaterUseNamingTheFirst() throws {
        var files = CatalogueFixture.files
        // aaa.yaml comes first in file order, so its `frokost` is the first use.
        files["content/catalogue/aaa.yaml"] = CatalogueFixture.enterprise(
            id: "aaa", name: "AAA", cvr: "99108061",
            products: CatalogueFixture.cleanProducts.replacingOccurrences(of: "id: vinduer", with: "id: frokost"))
        files["content/catalogue/rent.yaml"] = CatalogueFixture.enterprise(
            id: "rent", name: "Rent", cvr: "99108061",
            products: CatalogueFixture.cleanProducts.replacingOccurrences(of: "id: vinduer", with: "id: frokost"))
        let site = try TestSite(files)
        let result = site.build()
        let duplicates = result.diagnostics.filter { $0.code == .duplicateID }
        #expect(site.lines(result).filter { $0.contains("duplicate-id") } == [
            "content/catalogue/cafe.yaml:14:9: error: duplicate-id",
            "content/catalogue/rent.yaml:14:9: error: duplicate-id",
        ])
        #expect(duplicates.allSatisfy { $0.message.hasSuffix("content/catalogue/aaa.yaml:14") })
    }

    @Test func reviewDueAndMissingImageAndAlt() throws {
        var files = CatalogueFixture.files
        files["content/catalogue/rent.yaml"] = CatalogueFixture.enterprise(
            id: "rent", name: "Rent", cvr: "99108061", products: CatalogueFixture.cleanProducts,
            extra: "logo: {file: media/catalogue/rent.svg, alt: {da: Logo, en: Logo}}\n")
            .replacingOccurrences(of: "last_reviewed: 2026-06-01", with: "last_reviewed: 2025-06-01")
        files["content/catalogue/cafe.yaml"] = CatalogueFixture.enterprise(
            id: "cafe", name: "Café", cvr: "99060816", products: CatalogueFixture.cafeProducts,
            extra: "logo: {file: media/catalogue/cafe.svg}\n")
        let site = try TestSite(files)
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        let codes = SiteBuilder.run(options, write: false).diagnostics.map(\.code.rawValue)
        #expect(codes.contains("review-due"))
        #expect(codes.contains("missing-image"))
        #expect(codes.contains("image-alt-missing"))
    }
}
