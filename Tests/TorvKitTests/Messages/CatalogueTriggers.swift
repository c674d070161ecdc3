@testable import TorvKit

extension MessageTriggers {
    /// `content/catalogue/cafe.yaml` of `CatalogueFixture`, with `old` replaced by `new`.
    static func cafe(_ old: String, _ new: String) -> [String: String] {
        ["content/catalogue/cafe.yaml": (CatalogueFixture.files["content/catalogue/cafe.yaml"] ?? "")
            .replacingOccurrences(of: old, with: new)]
    }

    /// `content/catalogue/rent.yaml` of `CatalogueFixture`, with `old` replaced by `new`.
    static func rent(_ old: String, _ new: String) -> [String: String] {
        ["content/catalogue/rent.yaml": (CatalogueFixture.files["content/catalogue/rent.yaml"] ?? "")
            .replacingOccurrences(of: old, with: new)]
    }

    static let catalogue: [MessageTrigger] = [
        // lists.yaml
        MessageTrigger(
            entry: "catalogueListsMissing()", base: .catalogue, removed: ["content/catalogue/lists.yaml"],
            expected: "content/catalogue/lists.yaml: error: catalogue-lists-missing",
            fragment: "no lists.yaml"),
        MessageTrigger(
            entry: "catalogueBadTermID(_:)", base: .catalogue,
            files: ["content/catalogue/lists.yaml": CatalogueFixture.lists.replacingOccurrences(
                of: "cleaning: {da: Rengøring", with: "Rengøring: {da: Rengøring")],
            expected: "content/catalogue/lists.yaml:3:3: error: bad-id",
            fragment: "the id `Rengøring` may only contain"),
        // An enterprise file
        MessageTrigger(
            entry: "enterpriseBadID(_:)", base: .catalogue, files: cafe("id: cafe", "id: Café"),
            expected: "content/catalogue/cafe.yaml:1:5: error: bad-id",
            fragment: "the id `Café` may only contain"),
        MessageTrigger(
            entry: "idFileMismatch(id:fileID:)", base: .catalogue, files: cafe("id: cafe", "id: kafe"),
            expected: "content/catalogue/cafe.yaml:1:5: error: id-file-mismatch",
            fragment: "differs from the file name `cafe.yaml`"),
        MessageTrigger(
            entry: "cvrFormat(_:)", base: .catalogue, files: cafe("DK 9906 0816", "0990608"),
            expected: "content/catalogue/cafe.yaml:4:6: error: cvr-format",
            fragment: "must be 8 digits"),
        MessageTrigger(
            entry: "cvrChecksum(_:)", base: .catalogue, files: cafe("DK 9906 0816", "DK 9906 0817"),
            expected: "content/catalogue/cafe.yaml:4:6: error: cvr-checksum",
            fragment: "check digit does not add up"),
        MessageTrigger(
            entry: "badPostcode(_:)", base: .catalogue, files: cafe("postcode: \"6000\"", "postcode: \"600\""),
            expected: "content/catalogue/cafe.yaml:9:36: error: bad-postcode",
            fragment: "the postcode `600` must be four digits"),
        MessageTrigger(
            entry: "enterpriseMissingContact()", base: .catalogue,
            files: cafe("contact: {email: info@example.dk}", "contact: {}"),
            expected: "content/catalogue/cafe.yaml:10:1: error: missing-contact",
            fragment: "at least one way to be contacted"),
        MessageTrigger(
            entry: "badPhone(_:)", base: .catalogue,
            files: cafe("contact: {email: info@example.dk}", "contact: {phone: \"75 50 12\"}"),
            expected: "content/catalogue/cafe.yaml:10:18: error: bad-phone",
            fragment: "fewer than 8 digits"),
        MessageTrigger(
            entry: "enterpriseBadEmail(_:)", base: .catalogue,
            files: cafe("email: info@example.dk", "email: \"mailto:info@example.dk\""),
            expected: "content/catalogue/cafe.yaml:10:18: error: bad-email",
            fragment: "is not an e-mail address"),
        MessageTrigger(
            entry: "enterpriseInsecureWebsite(_:)", base: .catalogue,
            files: cafe("email: info@example.dk", "website: http://cafe.example.dk"),
            expected: "content/catalogue/cafe.yaml:10:20: error: insecure-url",
            fragment: "must be an https:// address"),
        MessageTrigger(
            entry: "catalogueUnknownTerm(_:list:known:)", base: .catalogue,
            files: cafe("target_groups: [unge]", "target_groups: [ungre]"),
            expected: "content/catalogue/cafe.yaml:7:17: error: unknown-value",
            fragment: "unknown value `ungre` in `target_groups`"),
        // A product
        MessageTrigger(
            entry: "productBadID(_:)", base: .catalogue, files: cafe("id: frokost", "id: Frokost"),
            expected: "content/catalogue/cafe.yaml:14:9: error: bad-id",
            fragment: "the product id `Frokost`"),
        MessageTrigger(
            entry: "productUnknownKind(_:)", base: .catalogue, files: cafe("kind: service", "kind: servise"),
            expected: "content/catalogue/cafe.yaml:15:11: error: unknown-value",
            fragment: "unknown kind `servise`"),
        MessageTrigger(
            entry: "unknownCategory(_:known:)", base: .catalogue, files: rent("category: cleaning", "category: claening"),
            expected: "content/catalogue/rent.yaml:16:15: error: unknown-category",
            fragment: "unknown category `claening`"),
        MessageTrigger(
            entry: "catalogueTooLong(language:key:length:limit:)", base: .catalogue,
            files: rent("en: Window cleaning", "en: " + String(repeating: "Window cleaning ", count: 6)),
            expected: "content/catalogue/rent.yaml:17:38: error: too-long",
            fragment: "the English `title` is 95 characters; at most 80"),
        MessageTrigger(
            entry: "priceMissingVAT()", base: .catalogue, files: rent(", vat_included: false}", "}"),
            expected: "content/catalogue/rent.yaml:19:5: error: missing-key",
            fragment: "`vat_included` is missing"),
        MessageTrigger(
            entry: "badPrice(_:)", base: .catalogue, files: rent("amount: 300", "amount: 300 kr."),
            expected: "content/catalogue/rent.yaml:19:21: error: bad-price",
            fragment: "the amount `300 kr.`"),
        MessageTrigger(
            entry: "missingPrice(productID:)", base: .catalogue,
            files: rent("    price: {amount: 300, vat_included: false}", ""),
            expected: "content/catalogue/rent.yaml:14:5: error: missing-price",
            fragment: "the product `vinduer` has neither `price` nor `price_note`"),
        MessageTrigger(
            entry: "catalogueImageAltMissing()", base: .catalogue,
            files: cafe("last_reviewed: 2026-06-01", "last_reviewed: 2026-06-01\nlogo: {file: media/catalogue/cafe.svg}"),
            expected: "content/catalogue/cafe.yaml:13:7: error: image-alt-missing",
            fragment: "no text alternative"),
        // The whole catalogue
        MessageTrigger(
            entry: "duplicateProductID(_:firstUse:enterpriseID:)", base: .catalogue,
            // aaa.yaml comes before cafe.yaml, so its `frokost` is the first and cafe.yaml's the repeat.
            files: ["content/catalogue/aaa.yaml": CatalogueFixture.enterprise(
                id: "aaa", name: "AAA", cvr: "99108061", products: CatalogueFixture.cleanProducts
                    .replacingOccurrences(of: "id: vinduer", with: "id: frokost"))],
            expected: "content/catalogue/cafe.yaml:14:9: error: duplicate-id",
            fragment: "content/catalogue/aaa.yaml:14"),
        MessageTrigger(
            entry: "catalogueMissingImage(_:)", base: .catalogue,
            files: cafe(
                "last_reviewed: 2026-06-01",
                "last_reviewed: 2026-06-01\nlogo: {file: media/catalogue/cafe.svg, alt: {da: Logo, en: Logo}}"),
            expected: "content/catalogue/cafe.yaml:13:14: error: missing-image",
            fragment: "the image `media/catalogue/cafe.svg` does not exist"),
        MessageTrigger(
            entry: "reviewDue(enterprise:lastReviewed:)", base: .catalogue,
            files: cafe("last_reviewed: 2026-06-01", "last_reviewed: 2025-06-01"),
            expected: "content/catalogue/cafe.yaml:12:16: warning: review-due",
            fragment: "last reviewed on 2025-06-01, more than 12 months ago"),
        // The catalogue page
        MessageTrigger(
            entry: "cataloguePageMissing()", base: .catalogue,
            files: ["content/site.yaml": TestSite.siteYAML],
            removed: ["content/katalog/index.da.md", "content/katalog/index.en.md"],
            expected: "content/catalogue: error: catalogue-page-missing",
            fragment: "no catalogue page"),
        MessageTrigger(
            entry: "cataloguePageTwice(first:)", base: .catalogue,
            files: ["content/katalog2/index.da.md": "---\ntitle: Katalog 2\nsummary: Mere.\nlayout: catalogue\n---\n\nIntro.\n"],
            expected: "content/katalog2/index.da.md:4:9: error: catalogue-page-twice",
            fragment: "only one page can have `layout: catalogue`"),
        MessageTrigger(
            entry: "catalogueReservedID(_:reserved:)", base: .catalogue,
            files: ["content/catalogue/print.yaml": CatalogueFixture.enterprise(
                id: "print", name: "Print", cvr: "99108061", products: CatalogueFixture.cleanProducts
                    .replacingOccurrences(of: "id: vinduer", with: "id: tryk"))],
            expected: "content/catalogue/print.yaml:1:5: error: reserved-id",
            fragment: "the id `print` is used by the catalogue's own pages"),
    ]
}
