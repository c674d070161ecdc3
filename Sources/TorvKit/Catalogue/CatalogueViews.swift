/// The catalogue's views. Texts missing in the reader's language fall back to the default
/// language and carry `lang`, so screen readers switch voice.
struct CatalogueViews: Sendable {
    let plan: SitePlan
    let catalogue: Catalogue
    let addresses: CatalogueAddresses
    let strings: [String: UIStrings]
    /// Product bodies rendered from Markdown: "enterprise/product" → language → HTML.
    let bodies: [String: [String: String]]
    /// The site's images in their published widths.
    var images: ImageSet = .empty

    var fallback: String { plan.config.defaultLanguage }

    func text(_ value: LocalizedText?, _ language: String) -> LocalizedTextView? {
        TextPicker(fallback: fallback)(value, language)
    }

    func label(_ term: CatalogueTerm, _ language: String) -> String { term.label.text(in: language, fallback: fallback) }

    func ui(_ key: String, _ language: String) -> String { strings[language]?[key] ?? strings[fallback]?[key] ?? key }

    func terms(_ ids: [String], list: [CatalogueTerm], facet: CatalogueAddresses.Facet?, _ language: String) -> [TermView] {
        ids.compactMap { id in
            guard let term = list.first(where: { $0.id == id }) else { return nil }
            return TermView(label: label(term, language), url: facet.flatMap { addresses.facet($0, id, language) }.map(plan.url))
        }
    }

    /// Logos are at the top of their page; product images further down load lazily.
    func image(_ image: CatalogueImage, use: Picture.Use, _ language: String) -> ImageView {
        ImageView(
            picture: Picture(file: image.file, images: images, use: use, url: plan.url),
            alt: text(image.alt, language) ?? .empty, lazy: use != .logo)
    }

    func product(_ product: Product, of enterprise: Enterprise, _ language: String) -> ProductView {
        let category = catalogue.vocabulary.categories.first { $0.id == product.category }.map { term in
            LinkedLabelView(label: label(term, language), url: addresses.facet(.category, term.id, language).map(plan.url) ?? "")
        }
        return ProductView(
            id: product.id, anchor: "p-" + product.id,
            title: text(product.title, language) ?? LocalizedTextView(text: product.id, lang: nil),
            summary: text(product.summary, language) ?? .empty,
            kindLabel: ui(product.kind == .product ? "catalogue_kind_product" : "catalogue_kind_service", language),
            images: product.images.map { image($0, use: .product, language) },
            enterprise: EnterpriseLinkView(name: enterprise.name, url: addresses.enterprise(enterprise.id, language).map(plan.url) ?? ""),
            category: category, body: body(of: product, in: enterprise, language),
            price: product.price.map { plan.format(language).price($0, fallback: fallback) },
            priceNote: text(product.priceNote, language), ordering: text(product.ordering, language))
    }

    private func body(of product: Product, in enterprise: Enterprise, _ language: String) -> ProductBodyView? {
        guard let body = bodies[enterprise.id + "/" + product.id] else { return nil }
        if let own = body[language] { return ProductBodyView(html: own) }
        return body[fallback].map { ProductBodyView(html: $0, lang: fallback) }
    }

    /// A short entry for lists: name, link, description, RSV mark.
    func summary(_ enterprise: Enterprise, _ language: String) -> EnterpriseSummaryView {
        EnterpriseSummaryView(
            name: enterprise.name, url: addresses.enterprise(enterprise.id, language).map(plan.url) ?? "",
            description: text(enterprise.description, language) ?? .empty, rsv: enterprise.isRSVRegistered, town: enterprise.town)
    }

    /// Everything about one enterprise, for its page and the printable catalogue.
    func enterprise(_ e: Enterprise, _ language: String) -> EnterpriseView {
        let v = catalogue.vocabulary
        let rsvDate = e.isRSVRegistered ? e.rsvVerifiedOn : nil
        return EnterpriseView(
            name: e.name, url: addresses.enterprise(e.id, language).map(plan.url) ?? "",
            description: text(e.description, language) ?? .empty, rsv: e.isRSVRegistered, town: e.town, id: e.id,
            socialPurpose: text(e.socialPurpose, language) ?? .empty,
            targetGroups: terms(e.targetGroups, list: v.targetGroups, facet: .targetGroup, language),
            employmentForms: terms(e.employmentForms, list: v.employmentForms, facet: nil, language),
            sellsTo: terms(e.sellsTo, list: v.sellsTo, facet: .sellsTo, language),
            products: e.products.map { product($0, of: e, language) },
            address: AddressView(street: e.street, postcode: e.postcode, town: e.town), sample: e.sample,
            rsvVerified: rsvDate.map { plan.format(language).longDate($0) }, rsvVerifiedISO: rsvDate?.description,
            cvr: e.cvr, phone: e.phone, phoneHref: e.phone.map(ContactLinks.tel), email: e.email,
            emailHref: e.email.map(ContactLinks.mailto), website: e.website,
            stepFree: e.stepFreeAccess.map { ui($0 ? "catalogue_step_free_yes" : "catalogue_step_free_no", language) },
            accessibilityNotes: text(e.accessibilityNotes, language), logo: e.logo.map { image($0, use: .logo, language) },
            lastReviewed: e.lastReviewed.map { plan.format(language).longDate($0) },
            lastReviewedISO: e.lastReviewed?.description)
    }

    func sortedEnterprises() -> [Enterprise] {
        catalogue.enterprises.sorted { DanishCollation.key($0.name) < DanishCollation.key($1.name) }
    }

    /// The catalogue page's listing: categories with counts, target groups, buyers, A–Z.
    func overview(_ language: String) -> CatalogueOverviewView {
        let v = catalogue.vocabulary
        let products = catalogue.products
        func counted(_ list: [CatalogueTerm], _ facet: CatalogueAddresses.Facet, count: (String) -> Int) -> [TermView] {
            list.compactMap { term in
                let n = count(term.id)
                guard n > 0, let path = addresses.facet(facet, term.id, language) else { return nil }
                return TermView(label: label(term, language), url: plan.url(path), count: n)
            }
        }
        return CatalogueOverviewView(
            sample: catalogue.hasSamples,
            categories: counted(v.categories, .category) { id in products.filter { $0.product.category == id }.count },
            targetGroups: counted(v.targetGroups, .targetGroup) { id in catalogue.enterprises.filter { $0.targetGroups.contains(id) }.count },
            sellsTo: counted(v.sellsTo, .sellsTo) { id in catalogue.enterprises.filter { $0.sellsTo.contains(id) }.count },
            enterprises: sortedEnterprises().map { summary($0, language) },
            enterpriseCount: catalogue.enterprises.count, productCount: products.count,
            printURL: addresses.printPage(language).map(plan.url) ?? "",
            jsonURL: plan.url(CatalogueAddresses.jsonPath), csvURL: plan.url(CatalogueAddresses.csvPath))
    }
}
