/// Template values for the catalogue's pages. Texts missing in the reader's language fall back to
/// the default language and carry `lang`, so screen readers switch voice.
struct CatalogueContexts: Sendable {
    let plan: SitePlan
    let catalogue: Catalogue
    let addresses: CatalogueAddresses
    let strings: [String: UIStrings]
    /// Product bodies rendered from Markdown: "enterprise/product" → language → HTML.
    let bodies: [String: [String: String]]

    var fallback: String { plan.config.defaultLanguage }

    func text(_ value: LocalizedText?, _ language: String) -> [String: Any]? {
        TextPicker(fallback: fallback)(value, language)
    }

    func label(_ term: CatalogueTerm, _ language: String) -> String { term.label.text(in: language, fallback: fallback) }

    func ui(_ key: String, _ language: String) -> String { strings[language]?[key] ?? strings[fallback]?[key] ?? key }

    func terms(_ ids: [String], list: [CatalogueTerm], facet: CatalogueAddresses.Facet?, _ language: String) -> [[String: Any]] {
        ids.compactMap { id in
            guard let term = list.first(where: { $0.id == id }) else { return nil }
            var entry: [String: Any] = ["label": label(term, language)]
            if let facet, let path = addresses.facet(facet, id, language) { entry["url"] = plan.url(path) }
            return entry
        }
    }

    func image(_ image: CatalogueImage, _ language: String) -> [String: Any] {
        ["url": plan.url(image.file), "alt": text(image.alt, language) ?? ["text": ""]]
    }

    func product(_ product: Product, of enterprise: Enterprise, _ language: String) -> [String: Any] {
        var context: [String: Any] = [
            "id": product.id,
            "anchor": "p-" + product.id,
            "title": text(product.title, language) ?? ["text": product.id],
            "summary": text(product.summary, language) ?? ["text": ""],
            "kindLabel": ui(product.kind == .product ? "catalogue_kind_product" : "catalogue_kind_service", language),
            "images": product.images.map { image($0, language) },
            "enterprise": ["name": enterprise.name, "url": addresses.enterprise(enterprise.id, language).map(plan.url) ?? ""],
        ]
        if let term = catalogue.vocabulary.categories.first(where: { $0.id == product.category }) {
            context["category"] = ["label": label(term, language), "url": addresses.facet(.category, term.id, language).map(plan.url) ?? ""]
        }
        if let body = bodies[enterprise.id + "/" + product.id] {
            if let own = body[language] {
                context["body"] = ["html": own]
            } else if let other = body[fallback] {
                context["body"] = ["html": other, "lang": fallback]
            }
        }
        if let price = product.price { context["price"] = PriceFormatting.price(price, language: language, fallback: fallback) }
        if let note = text(product.priceNote, language) { context["priceNote"] = note }
        if let ordering = text(product.ordering, language) { context["ordering"] = ordering }
        return context
    }

    /// A short entry for lists: name, link, description, RSV mark.
    func summary(_ enterprise: Enterprise, _ language: String) -> [String: Any] {
        [
            "name": enterprise.name,
            "url": addresses.enterprise(enterprise.id, language).map(plan.url) ?? "",
            "description": text(enterprise.description, language) ?? ["text": ""],
            "rsv": enterprise.isRSVRegistered,
            "town": enterprise.town,
        ]
    }

    /// Everything about one enterprise, for its page and the printable catalogue.
    func enterprise(_ e: Enterprise, _ language: String) -> [String: Any] {
        let v = catalogue.vocabulary
        var context = summary(e, language)
        context["id"] = e.id
        context["socialPurpose"] = text(e.socialPurpose, language) ?? ["text": ""]
        context["targetGroups"] = terms(e.targetGroups, list: v.targetGroups, facet: .targetGroup, language)
        context["employmentForms"] = terms(e.employmentForms, list: v.employmentForms, facet: nil, language)
        context["sellsTo"] = terms(e.sellsTo, list: v.sellsTo, facet: .sellsTo, language)
        context["products"] = e.products.map { product($0, of: e, language) }
        context["address"] = ["street": e.street, "postcode": e.postcode, "town": e.town]
        context["sample"] = e.sample
        if let verified = e.rsvVerifiedOn, e.isRSVRegistered {
            context["rsvVerified"] = DateFormatting.long(verified, language: language)
            context["rsvVerifiedISO"] = verified.description
        }
        if let cvr = e.cvr { context["cvr"] = cvr }
        if let phone = e.phone {
            context["phone"] = phone
            context["phoneHref"] = ContactLinks.tel(phone)
        }
        if let email = e.email {
            context["email"] = email
            context["emailHref"] = ContactLinks.mailto(email)
        }
        if let website = e.website { context["website"] = website }
        if let stepFree = e.stepFreeAccess {
            context["stepFree"] = ui(stepFree ? "catalogue_step_free_yes" : "catalogue_step_free_no", language)
        }
        if let notes = text(e.accessibilityNotes, language) { context["accessibilityNotes"] = notes }
        if let logo = e.logo { context["logo"] = image(logo, language) }
        if let reviewed = e.lastReviewed {
            context["lastReviewed"] = DateFormatting.long(reviewed, language: language)
            context["lastReviewedISO"] = reviewed.description
        }
        return context
    }

    func sortedEnterprises() -> [Enterprise] {
        catalogue.enterprises.sorted { DanishCollation.key($0.name) < DanishCollation.key($1.name) }
    }

    /// The catalogue page's listing: categories with counts, target groups, buyers, A–Z.
    func overview(_ language: String) -> [String: Any] {
        let v = catalogue.vocabulary
        let products = catalogue.products
        func counted(_ list: [CatalogueTerm], _ facet: CatalogueAddresses.Facet, count: (String) -> Int) -> [[String: Any]] {
            list.compactMap { term in
                let n = count(term.id)
                guard n > 0, let path = addresses.facet(facet, term.id, language) else { return nil }
                return ["label": label(term, language), "url": plan.url(path), "count": n]
            }
        }
        return [
            "sample": catalogue.hasSamples,
            "categories": counted(v.categories, .category) { id in products.filter { $0.product.category == id }.count },
            "targetGroups": counted(v.targetGroups, .targetGroup) { id in catalogue.enterprises.filter { $0.targetGroups.contains(id) }.count },
            "sellsTo": counted(v.sellsTo, .sellsTo) { id in catalogue.enterprises.filter { $0.sellsTo.contains(id) }.count },
            "enterprises": sortedEnterprises().map { summary($0, language) },
            "enterpriseCount": catalogue.enterprises.count,
            "productCount": products.count,
            "printURL": addresses.printPage(language).map(plan.url) ?? "",
            "jsonURL": plan.url(CatalogueAddresses.jsonPath),
            "csvURL": plan.url(CatalogueAddresses.csvPath),
        ]
    }
}

/// Sorting names the Danish way: æ, ø, å after z; `aa` as å.
enum DanishCollation {
    static func key(_ name: String) -> String {
        var key = ""
        for scalar in name.lowercased().replacingOccurrences(of: "aa", with: "å").unicodeScalars {
            switch scalar {
            case "æ", "ä": key += "{"
            case "ø", "ö": key += "|"
            case "å": key += "}"
            default: key.unicodeScalars.append(scalar)
            }
        }
        return key
    }
}
