import Foundation

/// The catalogue as open data: `catalogue.json` (everything, both languages) and `catalogue.csv`
/// (one row per product with its enterprise, UTF-8, RFC 4180 quoting).
enum CatalogueExport {
    static func json(_ c: CatalogueViews) -> [UInt8] {
        let object: JSONValue = [
            "source": .string(c.plan.config.baseURL),
            "languages": .array(c.addresses.languages.map(JSONValue.string)),
            "contains_sample_data": .bool(c.catalogue.hasSamples),
            "categories": .object(Dictionary(uniqueKeysWithValues: c.catalogue.vocabulary.categories.map { ($0.id, texts($0.label)) })),
            "enterprises": .array(c.sortedEnterprises().map { enterprise($0, c) }),
        ]
        return [UInt8](object.encoded(pretty: true)) + [UInt8(ascii: "\n")]
    }

    private static func texts(_ text: LocalizedText?) -> JSONValue {
        text.map { .object($0.values.mapValues(JSONValue.string)) } ?? .null
    }

    private static func enterprise(_ e: Enterprise, _ c: CatalogueViews) -> JSONValue {
        var urls: [String: JSONValue] = [:]
        for l in c.addresses.languages { urls[l] = c.addresses.enterprise(e.id, l).map { .string(c.plan.absoluteURL($0)) } }
        return [
            "id": .string(e.id), "name": .string(e.name), "sample": .bool(e.sample), "cvr": .optional(e.cvr),
            "rsv": ["registered": .bool(e.isRSVRegistered), "verified_on": .optional(e.rsvVerifiedOn?.description)],
            "description": texts(e.description), "social_purpose": texts(e.socialPurpose),
            "target_groups": .array(e.targetGroups.map(JSONValue.string)),
            "employment_forms": .array(e.employmentForms.map(JSONValue.string)),
            "sells_to": .array(e.sellsTo.map(JSONValue.string)),
            "address": ["street": .string(e.street), "postcode": .string(e.postcode), "town": .string(e.town)],
            "contact": ["phone": .optional(e.phone), "email": .optional(e.email), "website": .optional(e.website)],
            "accessibility": ["step_free": e.stepFreeAccess.map(JSONValue.bool) ?? .null, "notes": texts(e.accessibilityNotes)],
            "last_reviewed": .optional(e.lastReviewed?.description),
            "url": .object(urls),
            "products": .array(e.products.map(product)),
        ]
    }

    private static func product(_ p: Product) -> JSONValue {
        [
            "id": .string(p.id), "kind": .string(p.kind.rawValue), "category": .string(p.category),
            "title": texts(p.title), "summary": texts(p.summary),
            "price": p.price.map { price in
                ["amount_dkk": .double(Double(price.amountInOre) / 100), "unit": texts(price.unit), "vat_included": .bool(price.vatIncluded)]
            } ?? .null,
            "price_note": texts(p.priceNote), "ordering": texts(p.ordering),
        ]
    }

    /// One column per language for each text (`title_da`, `title_en`, …), in the site's language order.
    static func csvColumns(_ languages: [String]) -> [String] {
        func each(_ name: String) -> [String] { languages.map { "\(name)_\($0)" } }
        return ["enterprise_id", "enterprise_name", "cvr", "rsv_registered", "product_id", "kind", "category"]
            + each("title") + each("summary") + ["price_dkk"] + each("unit") + ["vat_included"] + each("price_note")
            + ["street", "postcode", "town", "phone", "email", "website"] + each("url") + ["sample"]
    }

    static func csv(_ c: CatalogueViews) -> [UInt8] {
        // Every site language has its columns, translated or not, so the columns stay the same.
        let languages = c.plan.config.languages
        var lines = [csvColumns(languages).map(cell).joined(separator: ",")]
        for e in c.sortedEnterprises() {
            for p in e.products {
                let price = p.price.map { String(format: "%d.%02d", $0.amountInOre / 100, $0.amountInOre % 100) } ?? ""
                func each(_ text: LocalizedText?) -> [String] { languages.map { text?[$0] ?? "" } }
                var row: [String] = [e.id, e.name, e.cvr ?? "", e.isRSVRegistered ? "yes" : "no", p.id, p.kind.rawValue, p.category]
                row += each(p.title) + each(p.summary) + [price] + each(p.price?.unit)
                row += [p.price.map { $0.vatIncluded ? "yes" : "no" } ?? ""] + each(p.priceNote)
                row += [e.street, e.postcode, e.town, e.phone ?? "", e.email ?? "", e.website ?? ""]
                row += languages.map { c.addresses.enterprise(e.id, $0).map(c.plan.absoluteURL) ?? "" }
                row.append(e.sample ? "yes" : "no")
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
