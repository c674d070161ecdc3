/// Messages about the joint product catalogue: `content/catalogue/lists.yaml`, the enterprise
/// files beside it, their products, and the catalogue page.
extension Message {
    // MARK: lists.yaml

    static func catalogueListsMissing() -> Message {
        .error(.catalogueListsMissing,
            "the catalogue has no lists.yaml with its categories, target groups, employment forms and buyer types",
            hint: "create content/catalogue/lists.yaml with the four lists `categories`, `target_groups`, "
                + "`employment_forms` and `sells_to`, each id with its Danish and English label, "
                + "like `catering: {da: Catering, en: Catering}` (see the editors' guide, The product catalogue)")
    }

    static func catalogueBadTermID(_ term: String) -> Message {
        .error(.badID, "the id `\(term)` may only contain lowercase letters a–z, digits and hyphens",
            hint: "the id is the word before the colon, which the enterprise files use; write it without capitals, "
                + "spaces or æ, ø, å, for example `\(SlugRules.suggest(from: term)): {da: …, en: …}`, "
                + "and use the same id in the enterprise files")
    }

    // MARK: An enterprise file

    static func enterpriseBadID(_ id: String) -> Message {
        let suggestion = SlugRules.suggest(from: id)
        return .error(.badID, "the id `\(id)` may only contain lowercase letters a–z, digits and hyphens",
            hint: "write it without capitals, spaces or æ, ø, å, for example `id: \(suggestion)`, "
                + "and give the file the same name: `\(suggestion).yaml`")
    }

    static func idFileMismatch(id: String, fileID: String) -> Message {
        .error(.idFileMismatch, "the id `\(id)` differs from the file name `\(fileID).yaml`",
            hint: "rename the file to `\(id).yaml` or change the id to `\(fileID)`")
    }

    static func cvrFormat(_ cvr: String) -> Message {
        .error(.cvrFormat, "the CVR number `\(cvr)` must be 8 digits and cannot start with 0",
            hint: "write it in quotes, like `cvr: \"12345674\"`; look it up on datacvr.virk.dk")
    }

    static func cvrChecksum(_ cvr: String) -> Message {
        .error(.cvrChecksum,
            "the CVR number `\(cvr)` is not valid: its check digit does not add up, so a digit is probably mistyped",
            hint: "compare it with the number on datacvr.virk.dk")
    }

    static func badPostcode(_ postcode: String) -> Message {
        .error(.badPostcode, "the postcode `\(postcode)` must be four digits",
            hint: "write the Danish postcode in quotes, for example `postcode: \"6000\"`")
    }

    static func enterpriseMissingContact() -> Message {
        .error(.missingContact, "the enterprise needs at least one way to be contacted",
            hint: "add `phone`, `email` or `website` under `contact`, for example `contact: {email: info@example.dk}`")
    }

    static func badPhone(_ phone: String) -> Message {
        .error(.badPhone, "the phone number `\(phone)` has fewer than 8 digits",
            hint: "write all 8 digits of the number in quotes, for example `phone: \"75 50 12 34\"`; "
                + "a country code like `+45` may stand in front")
    }

    static func enterpriseBadEmail(_ email: String) -> Message {
        .error(.badEmail, "`\(email)` is not an e-mail address",
            hint: "write only the address, without `mailto:` or spaces, like `email: info@example.dk`")
    }

    static func enterpriseInsecureWebsite(_ website: String) -> Message {
        .error(.insecureURL, "the website `\(website)` must be an https:// address",
            hint: "write the full address with `https://` at the start, like `website: https://example.dk`; "
                + "most sites support it")
    }

    static func catalogueUnknownTerm(_ value: String, list: String, known: [String]) -> Message {
        .error(.unknownValue, "unknown value `\(value)` in `\(list)`",
            hint: Suggestions.hint(for: value, in: known, noun: "values of `\(list)` in catalogue/lists.yaml")
                + " A new value must be added to content/catalogue/lists.yaml first.")
    }

    // MARK: A product

    static func productBadID(_ id: String) -> Message {
        .error(.badID, "the product id `\(id)` may only contain lowercase letters a–z, digits and hyphens",
            hint: "write it without capitals, spaces or æ, ø, å, for example `id: \(SlugRules.suggest(from: id))`")
    }

    static func productUnknownKind(_ kind: String) -> Message {
        .error(.unknownValue, "unknown kind `\(kind)`",
            hint: Suggestions.hint(for: kind, in: Product.Kind.allCases.map(\.rawValue), noun: "kinds")
                + " Use `product` for goods and `service` for work done for the customer.")
    }

    static func unknownCategory(_ category: String, known: [String]) -> Message {
        .error(.unknownCategory, "unknown category `\(category)`",
            hint: Suggestions.hint(for: category, in: known, noun: "categories in catalogue/lists.yaml")
                + " A new category must be added to content/catalogue/lists.yaml first.")
    }

    static func catalogueTooLong(language: String, key: String, length: Int, limit: Int) -> Message {
        .error(.tooLong,
            "the \(LanguageNames.english(language)) `\(key)` is \(length) characters; at most \(limit) are allowed",
            hint: "shorten it; the details belong in `body`")
    }

    static func priceMissingVAT() -> Message {
        .error(.missingKey, "the price does not say whether VAT is included: `vat_included` is missing",
            hint: "say whether the price includes VAT (moms): `vat_included: true` or `false`")
    }

    static func badPrice(_ amount: String) -> Message {
        .error(.badPrice, "the amount `\(amount)` must be a number of kroner, 0 or more, like `125` or `87.50`",
            hint: "write the number only: no `kr.`, no thousands separator")
    }

    static func missingPrice(productID: String) -> Message {
        .error(.missingPrice, "the product `\(productID)` has neither `price` nor `price_note`",
            hint: "add `price:` with `amount`, `unit` and `vat_included`, "
                + "or `price_note: {da: Pris efter aftale, en: Price on request}`")
    }

    static func catalogueImageAltMissing() -> Message {
        .error(.imageAltMissing, "the image has no text alternative (`alt`)",
            hint: "describe the image for people who cannot see it: `alt: {da: …, en: …}`")
    }

    // MARK: The whole catalogue

    static func duplicateProductID(_ id: String, firstUse: String, enterpriseID: String) -> Message {
        .error(.duplicateID, "the product id `\(id)` is also used in \(firstUse)",
            hint: "product ids must be unique in the whole catalogue; "
                + "change this one, for example by adding the enterprise's id: `id: \(enterpriseID)-\(id)`")
    }

    static func catalogueMissingImage(_ file: String) -> Message {
        .error(.missingImage, "the image `\(file)` does not exist",
            hint: "put the file in content/\(file), or correct the path (it is relative to content/)")
    }

    static func reviewDue(enterprise name: String, lastReviewed: String) -> Message {
        .warning(.reviewDue, "\(name) was last reviewed on \(lastReviewed), more than 12 months ago",
            hint: "check the enterprise's information with them and update `last_reviewed`")
    }

    // MARK: The catalogue page

    static func cataloguePageMissing() -> Message {
        .error(.cataloguePageMissing, "there is catalogue data but no catalogue page to show it",
            hint: "add content/katalog/index.da.md (and .en.md) with `layout: catalogue` and an introduction")
    }

    static func cataloguePageTwice(first: String) -> Message {
        .error(.cataloguePageTwice, "only one page can have `layout: catalogue`; \(first) has it already",
            hint: "keep `layout: catalogue` on one page only: remove the line from this page, or from \(first)")
    }

    static func catalogueReservedID(_ id: String, reserved: [String]) -> Message {
        .error(.reservedID, "the id `\(id)` is used by the catalogue's own pages",
            hint: "choose another id and rename the file to match; the catalogue's own pages use "
                + reserved.sorted().map { "`\($0)`" }.joined(separator: ", "))
    }
}
