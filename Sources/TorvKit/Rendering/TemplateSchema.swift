/// What the templates can use: every variable and section name Torv puts into a page's context.
/// The template linter checks each `{{name}}` against this, so a misspelt variable is a diagnostic
/// instead of silently empty text (which is what Mustache itself does).
indirect enum TemplateSchema: Sendable {
    /// A text (or a text that may be absent: `{{#x}}…{{/x}}` shows its block only when present).
    case value
    /// `true`/`false`, for `{{#x}}…{{/x}}` and `{{^x}}…{{/x}}`.
    case flag
    /// A group of named values: `{{x.y}}`, or `{{#x}}{{y}}{{/x}}`.
    case object([String: TemplateSchema])
    /// A list: `{{#x}}…{{/x}}` repeats its block for each item, whose fields are these.
    case list([String: TemplateSchema])

    var fields: [String: TemplateSchema]? {
        switch self {
        case .object(let f), .list(let f): return f
        case .value, .flag: return nil
        }
    }

    static let link: TemplateSchema = .list(["title": .value, "url": .value, "current": .flag, "hreflang": .value])

    /// The context of every page template. `uiStrings` are the keys of `content/i18n/*.yaml`.
    static func page(uiStrings: [String]) -> [String: TemplateSchema] {
        [
            "lang": .value,
            "site": .object(["title": .value, "tagline": .value, "home": .value, "baseURL": .value]),
            "page": .object([
                "title": .value, "summary": .value, "content": .value, "url": .value, "canonical": .value,
                "layout": .value, "isHome": .flag,
                "date": .value, "dateISO": .value, "updated": .value, "updatedISO": .value,
                "toc": .list(["id": .value, "text": .value, "children": .list(["id": .value, "text": .value])]),
                "children": .list(["title": .value, "url": .value, "summary": .value]),
            ]),
            "alternates": .list(["lang": .value, "url": .value]),
            "defaultAlternate": .value,
            "switcher": .list([
                "lang": .value, "name": .value, "url": .value, "available": .flag, "notTranslated": .value,
            ]),
            "breadcrumbs": .list(["title": .value, "url": .value]),
            "nav": link,
            "t": .object(Dictionary(uniqueKeysWithValues: uiStrings.map { ($0, TemplateSchema.value) })),
            "authority": .object([
                "name": .value, "department": .value, "address": .value, "phone": .value, "phoneHref": .value,
                "email": .value, "emailHref": .value, "website": .value,
            ]),
            "privacyPolicy": .value,
            "accessibilityStatement": .value,
            "assets": .object(["css": .value]),
            "jsonLD": .value,
        ]
    }

    /// A text that may be in another language than the page: `{{x.text}}`, with `{{x.lang}}` set then.
    static let localized: TemplateSchema = .object(["text": .value, "lang": .value])

    static let term: TemplateSchema = .list(["label": .value, "url": .value, "count": .value])

    static let enterpriseSummary: [String: TemplateSchema] = [
        "name": .value, "url": .value, "description": localized, "rsv": .flag, "town": .value,
    ]

    static let product: TemplateSchema = .list([
        "id": .value, "anchor": .value, "title": localized, "summary": localized, "kindLabel": .value,
        "images": .list(["url": .value, "alt": localized]),
        "enterprise": .object(["name": .value, "url": .value]),
        "category": .object(["label": .value, "url": .value]),
        "body": .object(["html": .value, "lang": .value]),
        "price": .value, "priceNote": localized, "ordering": localized,
    ])

    static let storySummary: TemplateSchema = .list([
        "title": .value, "url": .value, "lead": .value, "themes": term, "date": .value, "dateISO": .value,
    ])

    static let prizeStatus: TemplateSchema = .object(["open": .flag, "notYetOpen": .flag, "closed": .flag, "text": .value])
    static let dayStatus: TemplateSchema = .object(["scheduled": .flag, "cancelled": .flag, "moved": .flag, "text": .value])

    static let prize: TemplateSchema = .object([
        "name": .value, "purpose": localized, "eligible": localized, "nominators": localized, "how": localized,
        "sample": .flag, "status": prizeStatus, "criteriaCount": .value, "minimumMet": .value,
        "criteria": .list(["number": .value, "title": localized, "description": localized, "examples": .list(["text": .value, "lang": .value]),
                           "mandatory": .flag, "evidence": localized]),
        "winners": .list(["year": .value, "name": .value, "citation": localized, "url": .value]),
        "nominateURL": .value, "winnersURL": .value, "url": .value, "email": .value, "emailHref": .value, "nominationURL": .value,
        "opens": .value, "opensISO": .value, "deadline": .value, "deadlineISO": .value,
        "jury": localized, "award": localized, "ceremony": localized,
    ])

    static let marketDay: TemplateSchema = .object([
        "year": .value, "name": .value, "summary": localized, "description": localized, "date": .value, "dateISO": .value,
        "start": .value, "end": .value, "startISO": .value, "endISO": .value, "status": dayStatus,
        "venue": .object(["name": .value, "street": .value, "postcode": .value, "town": .value, "transport": localized, "parking": localized]),
        "accessibility": .list(["label": .value]), "accessibilityNotes": localized,
        "organiser": .object(["name": .value, "email": .value, "emailHref": .value, "phone": .value, "phoneHref": .value]),
        "programme": .list([
            "start": .value, "end": .value, "startISO": .value, "endISO": .value, "title": localized, "place": localized,
            "typeLabel": .value, "language": .value, "languageName": .value, "description": localized,
        ]),
        "stands": .list(["code": .value, "name": .value, "url": .value, "website": .value, "shows": localized]),
        "calendarURL": .value, "url": .value, "sample": .flag, "isPast": .flag,
    ])

    static let archive: TemplateSchema = .list(["year": .value, "name": .value, "date": .value, "dateISO": .value, "url": .value])

    static let storyList: TemplateSchema = .object([
        "stories": storySummary,
        "pagination": .object(["current": .value, "total": .value, "previous": .value, "next": .value,
                               "pages": .list(["number": .value, "url": .value, "current": .flag])]),
        "themes": term, "feedURL": .value, "sample": .flag,
    ])

    static let home: TemplateSchema = .object([
        "prize": .object(["name": .value, "status": prizeStatus, "url": .value]),
        "marketDay": .object(["name": .value, "date": .value, "dateISO": .value, "start": .value, "end": .value, "venue": .value,
                              "status": dayStatus, "isPast": .flag, "url": .value, "calendarURL": .value]),
        "stories": storySummary, "storiesURL": .value,
    ])

    static let enterprise: TemplateSchema = .object(enterpriseSummary.merging([
        "stories": storySummary, "stands": .list(["year": .value, "code": .value, "name": .value, "url": .value]),
        "id": .value, "socialPurpose": localized, "targetGroups": term, "employmentForms": term, "sellsTo": term,
        "products": product, "address": .object(["street": .value, "postcode": .value, "town": .value]),
        "sample": .flag, "rsvVerified": .value, "rsvVerifiedISO": .value, "cvr": .value,
        "phone": .value, "phoneHref": .value, "email": .value, "emailHref": .value, "website": .value,
        "stepFree": .value, "accessibilityNotes": localized, "logo": .object(["url": .value, "alt": localized]),
        "lastReviewed": .value, "lastReviewedISO": .value,
    ]) { $1 })

    static let catalogueOverview: TemplateSchema = .object([
        "sample": .flag, "categories": term, "targetGroups": term, "sellsTo": term,
        "enterprises": .list(enterpriseSummary), "enterpriseCount": .value, "productCount": .value,
        "printURL": .value, "jsonURL": .value, "csvURL": .value,
    ])

    /// What each layout adds to the page context.
    static func forLayout(_ layout: String, uiStrings: [String]) -> [String: TemplateSchema] {
        var schema = page(uiStrings: uiStrings)
        switch layout {
        case "catalogue":
            schema["catalogue"] = catalogueOverview
        case "enterprise":
            schema["catalogue"] = catalogueOverview
            schema["enterprise"] = enterprise
        case "catalogue-facet":
            schema["catalogue"] = catalogueOverview
            schema["facet"] = .object(["label": .value, "products": product, "enterprises": .list(enterpriseSummary)])
        case "catalogue-print":
            schema["catalogue"] = catalogueOverview
            schema["print"] = .object(["enterprises": .list(enterprise.fields ?? [:])])
        case "home":
            schema["home"] = home
        case "prize", "prize-nominate", "prize-winners":
            schema["prize"] = prize
        case "market-day", "market-day-year":
            schema["marketDay"] = marketDay
            schema["archive"] = archive
        case "stories", "stories-list":
            schema["storyList"] = storyList
        case "story":
            schema["story"] = .object([
                "lead": .value, "themes": term, "sample": .flag, "images": .list(["url": .value, "alt": .value]),
                "listURL": .value, "enterprise": .object(["name": .value, "url": .value]),
            ])
        default:
            break
        }
        return schema
    }
}
