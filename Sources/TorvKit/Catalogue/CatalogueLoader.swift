import Yams

/// Reads `content/catalogue/`: `lists.yaml` and one YAML file per enterprise.
enum CatalogueLoader {
    static let folder = "catalogue"
    static let listsFile = "catalogue/lists.yaml"

    static func isCatalogueFile(_ path: String) -> Bool {
        path.hasPrefix(folder + "/") && path.hasSuffix(".yaml")
    }

    static func load(
        files: [String], directory: ContentDirectory, languages: [String], diagnostics: inout [Diagnostic]
    ) -> Catalogue? {
        let enterpriseFiles = files.filter { isCatalogueFile($0) && $0 != listsFile }
        guard files.contains(listsFile) || !enterpriseFiles.isEmpty else { return nil }
        guard files.contains(listsFile) else {
            diagnostics.append(Diagnostic(.catalogueListsMissing(), at: SourceLocation(path: directory.displayPath(listsFile))))
            return nil
        }
        guard let listsSource = directory.readText(listsFile, diagnostics: &diagnostics),
            let vocabulary = loadVocabulary(listsSource, languages: languages, diagnostics: &diagnostics)
        else { return nil }

        let loaded = Parallel.map(enterpriseFiles) { path -> (Enterprise?, [Diagnostic]) in
            var local: [Diagnostic] = []
            guard let file = directory.readText(path, diagnostics: &local) else { return (nil, local) }
            let fileID = String(path.dropFirst(folder.count + 1).dropLast(".yaml".count))
            let enterprise = loadEnterprise(file, fileID: fileID, vocabulary: vocabulary, languages: languages, diagnostics: &local)
            return (enterprise, local)
        }
        var enterprises: [Enterprise] = []
        for (enterprise, local) in loaded {
            diagnostics.append(contentsOf: local)
            if let enterprise { enterprises.append(enterprise) }
        }
        var catalogue = Catalogue(vocabulary: vocabulary, enterprises: enterprises)
        catalogue.fileIDs = enterpriseFiles.map { String($0.dropFirst(folder.count + 1).dropLast(".yaml".count)) }
        return catalogue
    }

    static func loadVocabulary(_ file: SourceFile, languages: [String], diagnostics: inout [Diagnostic]) -> CatalogueVocabulary? {
        guard let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
            let root = document.rootMapping(diagnostics: &diagnostics, what: "lists.yaml")
        else { return nil }
        var lists: [String: [CatalogueTerm]] = [:]
        for name in CatalogueVocabulary.listNames {
            guard let mapping = root.mapping(name, required: true, diagnostics: &diagnostics) else { continue }
            var terms: [CatalogueTerm] = []
            for entry in mapping.entries {
                if !SlugRules.isValid(entry.key) {
                    diagnostics.append(Diagnostic(.catalogueBadTermID(entry.key), at: document.location(of: entry.keyNode)))
                }
                if let label = mapping.localized(entry.key, languages: languages, required: true, diagnostics: &diagnostics) {
                    terms.append(CatalogueTerm(id: entry.key, label: label))
                }
            }
            lists[name] = terms
        }
        root.reportUnknownKeys(in: "lists.yaml", diagnostics: &diagnostics)
        return CatalogueVocabulary(
            categories: lists["categories"] ?? [], targetGroups: lists["target_groups"] ?? [],
            employmentForms: lists["employment_forms"] ?? [], sellsTo: lists["sells_to"] ?? [])
    }

    // MARK: Enterprises

    static func loadEnterprise(
        _ file: SourceFile, fileID: String, vocabulary: CatalogueVocabulary, languages: [String], diagnostics: inout [Diagnostic]
    ) -> Enterprise? {
        guard let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
            let root = document.rootMapping(diagnostics: &diagnostics, what: "an enterprise file")
        else { return nil }
        let before = diagnostics.count
        let id = readEnterpriseID(root, fileID: fileID, diagnostics: &diagnostics)
        let sample = root.bool("sample", diagnostics: &diagnostics) ?? false
        let name = root.string("name", required: true, diagnostics: &diagnostics) ?? id
        let cvr = readCVR(root, file: file, diagnostics: &diagnostics)
        let (registered, verifiedOn) = readRSV(root, diagnostics: &diagnostics)
        let description = root.localized("description", languages: languages, required: true, missingIsError: false, diagnostics: &diagnostics)
        let purpose = root.localized("social_purpose", languages: languages, required: true, missingIsError: false, diagnostics: &diagnostics)
        let targetGroups = terms("target_groups", in: root, vocabulary: vocabulary, diagnostics: &diagnostics)
        let employment = terms("employment_forms", in: root, vocabulary: vocabulary, diagnostics: &diagnostics)
        let sellsTo = terms("sells_to", in: root, vocabulary: vocabulary, diagnostics: &diagnostics)
        let address = readAddress(root, diagnostics: &diagnostics)
        let contact = readContact(root, diagnostics: &diagnostics)
        let (stepFree, accessNotes) = readAccessibility(root, languages: languages, diagnostics: &diagnostics)
        let logo = root.mapping("logo", diagnostics: &diagnostics).flatMap { image($0, languages: languages, diagnostics: &diagnostics) }
        let lastReviewed = root.date("last_reviewed", required: true, diagnostics: &diagnostics)
        let products = readProducts(root, vocabulary: vocabulary, languages: languages, diagnostics: &diagnostics)
        let schedule = Schedule.read(root, diagnostics: &diagnostics)
        let aliases = PageAlias.read(root, diagnostics: &diagnostics)
        root.reportUnknownKeys(in: "an enterprise file", diagnostics: &diagnostics)
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }) else { return nil }
        var enterprise = Enterprise(
            id: id, sample: sample, name: name, cvr: cvr, rsvVerifiedOn: verifiedOn, isRSVRegistered: registered,
            description: description ?? LocalizedText(), socialPurpose: purpose ?? LocalizedText(),
            targetGroups: targetGroups, employmentForms: employment,
            street: address.street, postcode: address.postcode, town: address.town,
            phone: contact.phone, email: contact.email, website: contact.website, sellsTo: sellsTo, stepFreeAccess: stepFree,
            accessibilityNotes: accessNotes, logo: logo, lastReviewed: lastReviewed, products: products,
            location: root.location(ofValue: "id"))
        enterprise.lastReviewedLocation = root.location(ofValue: "last_reviewed")
        enterprise.schedule = schedule
        enterprise.aliases = aliases
        return enterprise
    }

    /// `id:`, which must be a valid slug and the file's name; the file's name when it is missing.
    private static func readEnterpriseID(_ root: YAMLMapping, fileID: String, diagnostics: inout [Diagnostic]) -> String {
        let id = root.string("id", required: true, diagnostics: &diagnostics) ?? fileID
        if !SlugRules.isValid(id) {
            diagnostics.append(Diagnostic(.enterpriseBadID(id), at: root.location(ofValue: "id")))
        } else if id != fileID {
            diagnostics.append(Diagnostic(.idFileMismatch(id: id, fileID: fileID), at: root.location(ofValue: "id")))
        }
        return id
    }

    /// `cvr:`, checked for its form and its check digit; nil when missing or wrong.
    private static func readCVR(_ root: YAMLMapping, file: SourceFile, diagnostics: inout [Diagnostic]) -> String? {
        guard let text = root.string("cvr", diagnostics: &diagnostics) else { return nil }
        switch CVR.validate(text) {
        case .success(let number): return number
        case .failure(.format):
            diagnostics.append(Diagnostic(
                .cvrFormat(text), at: root.location(ofValue: "cvr"), excerpt: file.line(root.location(ofValue: "cvr").line)))
        case .failure(.checksum):
            diagnostics.append(Diagnostic(
                .cvrChecksum(text), at: root.location(ofValue: "cvr"), excerpt: file.line(root.location(ofValue: "cvr").line)))
        }
        return nil
    }

    /// The `rsv:` block: registered as a social-economy enterprise, and when that was verified.
    private static func readRSV(_ root: YAMLMapping, diagnostics: inout [Diagnostic]) -> (registered: Bool, verifiedOn: LocalDate?) {
        guard let rsv = root.mapping("rsv", diagnostics: &diagnostics) else { return (false, nil) }
        let registered = rsv.bool("registered", diagnostics: &diagnostics) ?? false
        let verifiedOn = rsv.date("verified_on", required: registered, diagnostics: &diagnostics)
        rsv.reportUnknownKeys(in: "`rsv`", diagnostics: &diagnostics)
        return (registered, verifiedOn)
    }

    /// The `address:` block; empty texts when it is missing.
    private static func readAddress(
        _ root: YAMLMapping, diagnostics: inout [Diagnostic]
    ) -> (street: String, postcode: String, town: String) {
        guard let address = root.mapping("address", required: true, diagnostics: &diagnostics) else { return ("", "", "") }
        let street = address.string("street", required: true, diagnostics: &diagnostics) ?? ""
        let postcode = address.string("postcode", required: true, diagnostics: &diagnostics) ?? ""
        let town = address.string("town", required: true, diagnostics: &diagnostics) ?? ""
        if !postcode.isEmpty, !(postcode.count == 4 && postcode.allSatisfy { $0.isASCII && $0.isNumber }) {
            diagnostics.append(Diagnostic(.badPostcode(postcode), at: address.location(ofValue: "postcode")))
        }
        address.reportUnknownKeys(in: "`address`", diagnostics: &diagnostics)
        return (street, postcode, town)
    }

    /// The `contact:` block: at least one of phone, e-mail and website, each checked for its form.
    private static func readContact(
        _ root: YAMLMapping, diagnostics: inout [Diagnostic]
    ) -> (phone: String?, email: String?, website: String?) {
        guard let contact = root.mapping("contact", required: true, diagnostics: &diagnostics) else { return (nil, nil, nil) }
        let phone = contact.string("phone", diagnostics: &diagnostics)
        let email = contact.string("email", diagnostics: &diagnostics)
        let website = contact.string("website", diagnostics: &diagnostics)
        if phone == nil && email == nil && website == nil {
            diagnostics.append(Diagnostic(.enterpriseMissingContact(), at: root.location(ofKey: "contact")))
        }
        if let phone, phone.filter(\.isNumber).count < 8 {
            diagnostics.append(Diagnostic(.badPhone(phone), at: contact.location(ofValue: "phone")))
        }
        if let email, !(email.contains("@") && !email.contains(" ") && !email.hasPrefix("mailto:")) {
            diagnostics.append(Diagnostic(.enterpriseBadEmail(email), at: contact.location(ofValue: "email")))
        }
        if let website, !website.hasPrefix("https://") {
            diagnostics.append(Diagnostic(.enterpriseInsecureWebsite(website), at: contact.location(ofValue: "website")))
        }
        contact.reportUnknownKeys(in: "`contact`", diagnostics: &diagnostics)
        return (phone, email, website)
    }

    /// The `accessibility:` block: step-free access and notes.
    private static func readAccessibility(
        _ root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]
    ) -> (stepFree: Bool?, notes: LocalizedText?) {
        guard let access = root.mapping("accessibility", diagnostics: &diagnostics) else { return (nil, nil) }
        let stepFree = access.bool("step_free", diagnostics: &diagnostics)
        let notes = access.localized("notes", languages: languages, required: false, missingIsError: false, diagnostics: &diagnostics)
        access.reportUnknownKeys(in: "`accessibility`", diagnostics: &diagnostics)
        return (stepFree, notes)
    }

    /// The `products:` list; products with errors are left out (and reported).
    private static func readProducts(
        _ root: YAMLMapping, vocabulary: CatalogueVocabulary, languages: [String], diagnostics: inout [Diagnostic]
    ) -> [Product] {
        var products: [Product] = []
        for item in root.list("products", diagnostics: &diagnostics) ?? [] {
            guard let mapping = root.mapping(item: item, of: "products", diagnostics: &diagnostics),
                let product = loadProduct(mapping, vocabulary: vocabulary, languages: languages, diagnostics: &diagnostics)
            else { continue }
            products.append(product)
        }
        return products
    }

    static func loadProduct(
        _ p: YAMLMapping, vocabulary: CatalogueVocabulary, languages: [String], diagnostics: inout [Diagnostic]
    ) -> Product? {
        let before = diagnostics.count
        let id = p.string("id", required: true, diagnostics: &diagnostics) ?? ""
        if !id.isEmpty, !SlugRules.isValid(id) {
            diagnostics.append(Diagnostic(.productBadID(id), at: p.location(ofValue: "id")))
        }
        let kindText = p.string("kind", required: true, diagnostics: &diagnostics)
        let kind = kindText.flatMap(Product.Kind.init(rawValue:))
        if let kindText, kind == nil {
            diagnostics.append(Diagnostic(.productUnknownKind(kindText), at: p.location(ofValue: "kind")))
        }
        let category = readCategory(p, vocabulary: vocabulary, diagnostics: &diagnostics)
        let title = p.localized("title", languages: languages, required: true, missingIsError: false, diagnostics: &diagnostics)
        let summary = p.localized("summary", languages: languages, required: true, missingIsError: false, diagnostics: &diagnostics)
        checkLength(title, key: "title", limit: 80, in: p, diagnostics: &diagnostics)
        checkLength(summary, key: "summary", limit: 200, in: p, diagnostics: &diagnostics)
        let body = p.localized("body", languages: languages, required: false, missingIsError: false, diagnostics: &diagnostics)
        let price = readPrice(p, languages: languages, diagnostics: &diagnostics)
        let priceNote = p.localized("price_note", languages: languages, required: false, missingIsError: false, diagnostics: &diagnostics)
        if price == nil && priceNote == nil && p.node("price") == nil {
            diagnostics.append(Diagnostic(.missingPrice(productID: id), at: p.location))
        }
        let ordering = p.localized("ordering", languages: languages, required: false, missingIsError: false, diagnostics: &diagnostics)
        var images: [CatalogueImage] = []
        for item in p.list("images", diagnostics: &diagnostics) ?? [] {
            if let m = p.mapping(item: item, of: "images", diagnostics: &diagnostics), let img = image(m, languages: languages, diagnostics: &diagnostics) {
                images.append(img)
            }
        }
        let schedule = Schedule.read(p, diagnostics: &diagnostics)
        p.reportUnknownKeys(in: "a product", diagnostics: &diagnostics)
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }), let kind, let title, let summary else { return nil }
        var product = Product(
            id: id, kind: kind, category: category, title: title, summary: summary, body: body, price: price,
            priceNote: priceNote, ordering: ordering, images: images, location: p.has("id") ? p.location(ofValue: "id") : p.location)
        product.schedule = schedule
        return product
    }

    /// A product's `category:`, one of the categories in `catalogue/lists.yaml`.
    private static func readCategory(_ p: YAMLMapping, vocabulary: CatalogueVocabulary, diagnostics: inout [Diagnostic]) -> String {
        let category = p.string("category", required: true, diagnostics: &diagnostics) ?? ""
        let categoryIDs = vocabulary.categories.map(\.id)
        if !category.isEmpty, !categoryIDs.contains(category) {
            diagnostics.append(Diagnostic(
                .unknownCategory(category, known: categoryIDs), at: p.location(ofValue: "category"),
                excerpt: p.document.file.line(p.location(ofValue: "category").line)))
        }
        return category
    }

    /// A product's `price:` block: an amount in kroner, its unit, and whether VAT is included.
    private static func readPrice(_ p: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]) -> Price? {
        guard let priceMapping = p.mapping("price", diagnostics: &diagnostics) else { return nil }
        let amountText = priceMapping.string("amount", required: true, diagnostics: &diagnostics)
        let unit = priceMapping.localized("unit", languages: languages, required: false, missingIsError: false, diagnostics: &diagnostics)
        let vat = priceMapping.bool("vat_included", diagnostics: &diagnostics)
        if vat == nil {
            diagnostics.append(Diagnostic(.priceMissingVAT(), at: p.location(ofKey: "price")))
        }
        priceMapping.reportUnknownKeys(in: "`price`", diagnostics: &diagnostics)
        guard let amountText else { return nil }
        if let ore = parseAmount(amountText) {
            return Price(amountInOre: ore, unit: unit, vatIncluded: vat ?? true)
        }
        diagnostics.append(Diagnostic(.badPrice(amountText), at: priceMapping.location(ofValue: "amount")))
        return nil
    }

    static func image(_ m: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]) -> CatalogueImage? {
        let file = m.string("file", required: true, diagnostics: &diagnostics)
        var alt = m.localized("alt", languages: languages, required: false, missingIsError: false, diagnostics: &diagnostics)
        if alt == nil || alt?.values.values.allSatisfy({ $0.trimmingSpaces.isEmpty }) == true {
            diagnostics.append(Diagnostic(.catalogueImageAltMissing(), at: m.location))
            alt = nil
        }
        m.reportUnknownKeys(in: "an image", diagnostics: &diagnostics)
        guard let file, let alt else { return nil }
        var image = CatalogueImage(file: file, alt: alt)
        image.location = m.location(ofValue: "file")
        return image
    }

    static func terms(_ key: String, in root: YAMLMapping, vocabulary: CatalogueVocabulary, diagnostics: inout [Diagnostic]) -> [String] {
        let known = vocabulary.terms(key).map(\.id)
        var result: [String] = []
        for node in root.list(key, diagnostics: &diagnostics) ?? [] {
            guard let value = node.scalar?.string else { continue }
            if known.contains(value) {
                result.append(value)
            } else {
                diagnostics.append(Diagnostic(
                    .catalogueUnknownTerm(value, list: key, known: known), at: root.document.location(of: node),
                    excerpt: root.document.file.line(root.document.location(of: node).line)))
            }
        }
        return result
    }

    static func checkLength(_ text: LocalizedText?, key: String, limit: Int, in m: YAMLMapping, diagnostics: inout [Diagnostic]) {
        var ignoredDiagnostics: [Diagnostic] = []  // the mapping was already read (and checked) once
        let inner = m.has(key) ? m.mapping(key, diagnostics: &ignoredDiagnostics) : nil
        for (language, value) in (text?.values ?? [:]).sorted(by: { $0.key < $1.key }) where value.count > limit {
            let location = inner.map { $0.has(language) ? $0.location(ofValue: language) : m.location(ofValue: key) } ?? m.location(ofValue: key)
            diagnostics.append(Diagnostic(
                .catalogueTooLong(language: language, key: key, length: value.count, limit: limit), at: location))
        }
    }

    /// `125`, `125.5`, `125,50` → øre. Nil for negative or malformed amounts.
    static func parseAmount(_ text: String) -> Int? {
        let normalised = text.trimmingSpaces.replacingOccurrences(of: ",", with: ".")
        let parts = normalised.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let kroner = Int(parts[0]), kroner >= 0, parts[0].allSatisfy(\.isNumber), kroner < 100_000_000 else { return nil }
        var ore = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let fraction = Int(parts[1]) else { return nil }
            ore = parts[1].count == 1 ? fraction * 10 : fraction
        }
        return kroner * 100 + ore
    }
}
