import Foundation

/// schema.org data for search engines, as `<script type="application/ld+json">` content.
/// The text is safe inside a script element: `<`, `>` and `&` are written as `\u003c` etc., so a
/// name containing `</script>` cannot end the element.
enum JSONLD {
    static func encode(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return scriptSafe(String(decoding: data, as: UTF8.self))
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

    static func organization(_ e: Enterprise, language: String, contexts: CatalogueContexts, pageURL: String) -> String {
        let fallback = contexts.fallback
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": e.name,
            "url": pageURL,
            "description": e.description.text(in: language, fallback: fallback),
            "address": [
                "@type": "PostalAddress", "streetAddress": e.street, "postalCode": e.postcode,
                "addressLocality": e.town, "addressCountry": "DK",
            ],
        ]
        if let cvr = e.cvr { object["vatID"] = "DK" + cvr }
        if let phone = e.phone { object["telephone"] = phone }
        if let email = e.email { object["email"] = email }
        if let website = e.website { object["sameAs"] = [website] }
        object["makesOffer"] = e.products.map { p -> [String: Any] in
            var offer: [String: Any] = [
                "@type": "Offer",
                "url": pageURL + "#p-" + p.id,
                "itemOffered": [
                    "@type": p.kind == .product ? "Product" : "Service",
                    "name": p.title.text(in: language, fallback: fallback),
                    "description": p.summary.text(in: language, fallback: fallback),
                    "category": contexts.catalogue.vocabulary.categories.first { $0.id == p.category }
                        .map { $0.label.text(in: language, fallback: fallback) } ?? p.category,
                ] as [String: Any],
            ]
            if let price = p.price {
                offer["price"] = String(format: "%d.%02d", price.amountInOre / 100, price.amountInOre % 100)
                offer["priceCurrency"] = "DKK"
                offer["priceSpecification"] = [
                    "@type": "UnitPriceSpecification",
                    "price": String(format: "%d.%02d", price.amountInOre / 100, price.amountInOre % 100),
                    "priceCurrency": "DKK",
                    "valueAddedTaxIncluded": price.vatIncluded,
                ] as [String: Any]
            }
            return offer
        }
        return encode(object)
    }
}
