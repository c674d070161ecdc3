import Foundation

/// The catalogue as open data: `catalogue.json` (everything, both languages) and `catalogue.csv`
/// (one row per product with its enterprise, UTF-8, RFC 4180 quoting).
enum CatalogueExport {
    static func json(_ c: CatalogueContexts) -> [UInt8] {
        let languages = c.addresses.languages
        func texts(_ t: LocalizedText?) -> Any { t.map { $0.values as Any } ?? NSNull() }
        let enterprises: [[String: Any]] = c.sortedEnterprises().map { e in
            var urls: [String: String] = [:]
            for l in languages { urls[l] = c.addresses.enterprise(e.id, l).map(c.plan.absoluteURL) }
            return [
                "id": e.id, "name": e.name, "sample": e.sample, "cvr": e.cvr ?? NSNull(),
                "rsv": ["registered": e.isRSVRegistered, "verified_on": e.rsvVerifiedOn?.description ?? NSNull()] as [String: Any],
                "description": e.description.values, "social_purpose": e.socialPurpose.values,
                "target_groups": e.targetGroups, "employment_forms": e.employmentForms, "sells_to": e.sellsTo,
                "address": ["street": e.street, "postcode": e.postcode, "town": e.town],
                "contact": ["phone": e.phone ?? NSNull(), "email": e.email ?? NSNull(), "website": e.website ?? NSNull()] as [String: Any],
                "accessibility": ["step_free": e.stepFreeAccess.map { $0 as Any } ?? NSNull(), "notes": texts(e.accessibilityNotes)],
                "last_reviewed": e.lastReviewed?.description ?? NSNull(),
                "url": urls,
                "products": e.products.map { p -> [String: Any] in
                    [
                        "id": p.id, "kind": p.kind.rawValue, "category": p.category,
                        "title": p.title.values, "summary": p.summary.values,
                        "price": p.price.map { price -> Any in
                            ["amount_dkk": Double(price.amountInOre) / 100, "unit": texts(price.unit), "vat_included": price.vatIncluded] as [String: Any]
                        } ?? NSNull(),
                        "price_note": texts(p.priceNote), "ordering": texts(p.ordering),
                    ]
                },
            ]
        }
        let object: [String: Any] = [
            "source": c.plan.config.baseURL,
            "languages": languages,
            "contains_sample_data": c.catalogue.hasSamples,
            "categories": Dictionary(uniqueKeysWithValues: c.catalogue.vocabulary.categories.map { ($0.id, $0.label.values) }),
            "enterprises": enterprises,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return [UInt8](data) + [UInt8(ascii: "\n")]
    }

    static let csvColumns = [
        "enterprise_id", "enterprise_name", "cvr", "rsv_registered", "product_id", "kind", "category",
        "title_da", "title_en", "summary_da", "summary_en", "price_dkk", "unit_da", "unit_en", "vat_included",
        "price_note_da", "price_note_en", "street", "postcode", "town", "phone", "email", "website", "url_da", "url_en",
        "sample",
    ]

    static func csv(_ c: CatalogueContexts) -> [UInt8] {
        var lines = [csvColumns.map(cell).joined(separator: ",")]
        for e in c.sortedEnterprises() {
            for p in e.products {
                let price = p.price.map { String(format: "%d.%02d", $0.amountInOre / 100, $0.amountInOre % 100) } ?? ""
                let row: [String] = [
                    e.id, e.name, e.cvr ?? "", e.isRSVRegistered ? "yes" : "no", p.id, p.kind.rawValue, p.category,
                    p.title["da"] ?? "", p.title["en"] ?? "", p.summary["da"] ?? "", p.summary["en"] ?? "",
                    price, p.price?.unit?["da"] ?? "", p.price?.unit?["en"] ?? "",
                    p.price.map { $0.vatIncluded ? "yes" : "no" } ?? "",
                    p.priceNote?["da"] ?? "", p.priceNote?["en"] ?? "", e.street, e.postcode, e.town,
                    e.phone ?? "", e.email ?? "", e.website ?? "",
                    c.addresses.enterprise(e.id, "da").map(c.plan.absoluteURL) ?? "",
                    c.addresses.enterprise(e.id, "en").map(c.plan.absoluteURL) ?? "",
                    e.sample ? "yes" : "no",
                ]
                lines.append(row.map(cell).joined(separator: ","))
            }
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// RFC 4180 quoting, and no spreadsheet formulas: a cell starting with `=`, `+`, `-`, `@`, tab or
    /// carriage return, or with any white space (spaces, tabs, line ends) before one of `=+-@`, gets a
    /// leading apostrophe, so spreadsheet programs show it as text.
    static func cell(_ value: String) -> String {
        var v = value
        let scalars = v.unicodeScalars
        let firstVisible = scalars.first { !$0.properties.isWhitespace }
        if let first = scalars.first, "=+-@\t\r".unicodeScalars.contains(first)
            || (firstVisible.map { "=+-@".unicodeScalars.contains($0) } ?? false)
        {
            v = "'" + v
        }
        if v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.hasPrefix("'") {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
