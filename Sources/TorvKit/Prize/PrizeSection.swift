/// The prize's pages: the host page (`layout: prize`) shows the prize and its criteria; below it
/// Torv writes "how to nominate" and "past winners" in each language.
struct PrizeSection: SiteSection {
    let hostLayout = "prize"
    let prize: Prize
    let plan: SitePlan
    let hostKey: String
    let builder: PageContextBuilder
    let strings: [String: UIStrings]
    let today: LocalDate?
    /// Catalogue enterprise id → its page per language.
    let enterprisePaths: [String: [String: String]]

    static func segment(_ page: String, _ language: String) -> String {
        switch (page, language) {
        case ("nominate", "da"): return "nominering"
        case ("winners", "da"): return "vindere"
        default: return page
        }
    }

    static func prepare(
        prize: Prize, plan: SitePlan, builder: PageContextBuilder, strings: [String: UIStrings], today: LocalDate?,
        enterprisePaths: [String: [String: String]], diagnostics: inout [Diagnostic]
    ) -> PrizeSection? {
        for winner in prize.winners {
            if let id = winner.enterprise, enterprisePaths[id] == nil {
                diagnostics.append(Diagnostic(
                    .prizeUnknownEnterprise(winner: winner.name, year: winner.year, id: id, known: Array(enterprisePaths.keys)),
                    at: winner.location))
            }
        }
        guard let host = SectionHost.find(layout: "prize", plan: plan, dataPath: "content/prize/prize.yaml",
            example: "content/pris/index.da.md", diagnostics: &diagnostics) else { return nil }
        return PrizeSection(prize: prize, plan: plan, hostKey: host, builder: builder, strings: strings, today: today,
            enterprisePaths: enterprisePaths)
    }

    func path(_ page: String, _ language: String) -> String? {
        plan.page(key: hostKey, language: language).map { $0.path + Self.segment(page, language) + "/" }
    }

    var languages: [String] { plan.versions(of: hostKey).map(\.language) }

    var generatedPaths: [String] {
        languages.flatMap { l in ["nominate", "winners"].compactMap { path($0, l) } }
    }

    func ui(_ key: String, _ language: String) -> String {
        strings[language]?[key] ?? strings[plan.config.defaultLanguage]?[key] ?? key
    }

    /// One sentence on whether nominations are open, for the prize page and the home page.
    func statusContext(_ language: String) -> [String: Any] {
        switch prize.status(on: today) {
        case .open(let deadline):
            return ["open": true, "text": "\(ui("prize_status_open", language)) \(DateFormatting.long(deadline, language: language))."]
        case .notYetOpen(let opens):
            return ["notYetOpen": true, "text": "\(ui("prize_status_not_yet", language)) \(DateFormatting.long(opens, language: language))."]
        case .closed(let deadline):
            return ["closed": true, "text": "\(ui("prize_status_closed", language)) \(DateFormatting.long(deadline, language: language))."]
        case .unknown:
            return ["text": ""]
        }
    }

    func prizeContext(_ language: String) -> [String: Any] {
        let text = TextPicker(fallback: plan.config.defaultLanguage)
        var context: [String: Any] = [
            "name": text.plain(prize.name, language),
            "purpose": text(prize.purpose, language) ?? [:],
            "eligible": text(prize.eligible, language) ?? [:],
            "nominators": text(prize.nominators, language) ?? [:],
            "how": text(prize.howToNominate, language) ?? [:],
            "sample": prize.sample,
            "status": statusContext(language),
            "criteria": prize.criteria.map { c -> [String: Any] in
                var entry: [String: Any] = [
                    "number": c.number, "title": text(c.title, language) ?? [:], "description": text(c.description, language) ?? [:],
                    "examples": c.examples.compactMap { text($0, language) }, "mandatory": c.mandatory,
                ]
                if let evidence = text(c.evidence, language) { entry["evidence"] = evidence }
                return entry
            },
            "criteriaCount": prize.criteria.count,
            "winners": prize.winners.map { w -> [String: Any] in
                var entry: [String: Any] = ["year": w.year, "name": w.name, "citation": text(w.citation, language) ?? [:]]
                if let id = w.enterprise, let path = enterprisePaths[id]?[language] ?? enterprisePaths[id]?[plan.config.defaultLanguage] {
                    entry["url"] = plan.url(path)
                }
                return entry
            },
            "nominateURL": path("nominate", language).map(plan.url) ?? "",
            "winnersURL": path("winners", language).map(plan.url) ?? "",
            "url": plan.page(key: hostKey, language: language).map { plan.url($0.path) } ?? "",
        ]
        if let minimum = prize.minimumMet { context["minimumMet"] = "\(ui("prize_minimum_before", language)) \(minimum) \(ui("prize_minimum_after", language)) \(prize.criteria.count)." }
        if let email = prize.nominationEmail { context["email"] = email; context["emailHref"] = ContactLinks.mailto(email) }
        if let url = prize.nominationURL { context["nominationURL"] = url }
        if let opens = prize.opens { context["opens"] = DateFormatting.long(opens, language: language); context["opensISO"] = opens.description }
        if let deadline = prize.deadline {
            context["deadline"] = DateFormatting.long(deadline, language: language)
            context["deadlineISO"] = deadline.description
        }
        for (key, value) in [("jury", prize.jury), ("award", prize.award), ("ceremony", prize.ceremony)] {
            if let t = text(value, language) { context[key] = t }
        }
        return context
    }

    func hostContext(language: String) -> [String: Any] { ["prize": prizeContext(language)] }

    func homeContext(language: String) -> [String: Any] {
        ["prize": ["name": TextPicker(fallback: plan.config.defaultLanguage).plain(prize.name, language),
                   "status": statusContext(language),
                   "url": plan.page(key: hostKey, language: language).map { plan.url($0.path) } ?? ""] as [String: Any]]
    }

    func render(templates: TemplateSet) -> [OutputFile] {
        var files: [OutputFile] = []
        for page in ["nominate", "winners"] {
            let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in path(page, l).map { (l, $0) } })
            for language in languages {
                guard let path = paths[language] else { continue }
                let name = TextPicker(fallback: plan.config.defaultLanguage).plain(prize.name, language)
                var context = builder.generated(
                    language: language, paths: paths, parentKey: hostKey,
                    title: "\(ui("prize_\(page)_title", language)): \(name)",
                    summary: "\(ui("prize_\(page)_summary", language)) \(name).", layout: "prize-\(page)")
                context["prize"] = prizeContext(language)
                files.append(OutputFile(path: path + "index.html", text: templates.render(context, layout: "prize-\(page)")))
            }
        }
        return files
    }
}
