import Foundation

/// schema.org data for search engines, as `<script type="application/ld+json">` content.
/// The text is safe inside a script element: `<`, `>` and `&` are written as `\u003c` etc., so a
/// name containing `</script>` cannot end the element.
enum JSONLD {
    static func encode(_ object: JSONValue) -> String {
        scriptSafe(String(decoding: object.encoded(), as: UTF8.self))
    }

    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func organization(_ e: Enterprise, language: String, contexts: CatalogueViews, pageURL: String) -> String {
        let fallback = contexts.fallback
        var object: [String: JSONValue] = [
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": .string(e.name),
            "url": .string(pageURL),
            "description": .string(e.description.text(in: language, fallback: fallback)),
            "address": [
                "@type": "PostalAddress", "streetAddress": .string(e.street), "postalCode": .string(e.postcode),
                "addressLocality": .string(e.town), "addressCountry": "DK",
            ],
        ]
        if let cvr = e.cvr { object["vatID"] = .string("DK" + cvr) }
        if let phone = e.phone { object["telephone"] = .string(phone) }
        if let email = e.email { object["email"] = .string(email) }
        if let website = e.website { object["sameAs"] = [.string(website)] }
        object["makesOffer"] = .array(e.products.map { p in
            var offer: [String: JSONValue] = [
                "@type": "Offer",
                "url": .string(pageURL + "#p-" + p.id),
                "itemOffered": [
                    "@type": p.kind == .product ? "Product" : "Service",
                    "name": .string(p.title.text(in: language, fallback: fallback)),
                    "description": .string(p.summary.text(in: language, fallback: fallback)),
                    "category": .string(contexts.catalogue.vocabulary.categories.first { $0.id == p.category }
                        .map { $0.label.text(in: language, fallback: fallback) } ?? p.category),
                ],
            ]
            if let price = p.price {
                let amount = JSONValue.string(String(format: "%d.%02d", price.amountInOre / 100, price.amountInOre % 100))
                offer["price"] = amount
                offer["priceCurrency"] = "DKK"
                offer["priceSpecification"] = [
                    "@type": "UnitPriceSpecification", "price": amount, "priceCurrency": "DKK",
                    "valueAddedTaxIncluded": .bool(price.vatIncluded),
                ]
            }
            return .object(offer)
        })
        return encode(.object(object))
    }
}
