/// The prize's pages: the host page (`layout: prize`) shows the prize and its criteria; below it
/// Torv writes "how to nominate" and "past winners" in each language.
struct PrizeSection: SiteSection {
    let hostLayout = Layout.prize
    let prize: Prize
    let plan: SitePlan
    let hostKey: String
    let builder: PageViewBuilder
    let strings: [String: UIStrings]
    let today: LocalDate?
    /// Catalogue enterprise id → its page per language.
    let enterprisePaths: [String: [String: String]]

    /// The pages below the prize's page.
    enum Subpage: String, CaseIterable {
        case nominate, winners

        var layout: Layout { self == .nominate ? .prizeNominate : .prizeWinners }

        var urlWord: URLWords.Key { self == .nominate ? .prizeNominate : .prizeWinners }
    }

    static func prepare(
        prize: Prize, plan: SitePlan, builder: PageViewBuilder, strings: [String: UIStrings], today: LocalDate?,
        enterprisePaths: [String: [String: String]], diagnostics: inout [Diagnostic]
    ) -> PrizeSection? {
        for winner in prize.winners {
            if let id = winner.enterprise, enterprisePaths[id] == nil {
                diagnostics.append(Diagnostic(
                    .prizeUnknownEnterprise(winner: winner.name, year: winner.year, id: id, known: Array(enterprisePaths.keys)),
                    at: winner.location))
            }
        }
        guard let host = SectionHost.find(layout: .prize, plan: plan, dataPath: "content/prize/prize.yaml", diagnostics: &diagnostics) else { return nil }
        return PrizeSection(prize: prize, plan: plan, hostKey: host, builder: builder, strings: strings, today: today,
            enterprisePaths: enterprisePaths)
    }

    func path(_ page: Subpage, _ language: String) -> String? {
        plan.page(key: hostKey, language: language).map { $0.path + plan.urlWords.word(page.urlWord, language) + "/" }
    }

    var languages: [String] { plan.versions(of: hostKey).map(\.language) }

    var generatedPaths: [String] {
        languages.flatMap { l in Subpage.allCases.compactMap { path($0, l) } }
    }

    func ui(_ key: String, _ language: String) -> String {
        strings[language]?[key] ?? strings[plan.config.defaultLanguage]?[key] ?? key
    }

    /// One sentence on whether nominations are open, for the prize page and the home page.
    func statusView(_ language: String) -> PrizeStatusView {
        switch prize.status(on: today) {
        case .open(let deadline):
            return PrizeStatusView(open: true, notYetOpen: false, closed: false,
                text: "\(ui("prize_status_open", language)) \(plan.format(language).longDate(deadline)).")
        case .notYetOpen(let opens):
            return PrizeStatusView(open: false, notYetOpen: true, closed: false,
                text: "\(ui("prize_status_not_yet", language)) \(plan.format(language).longDate(opens)).")
        case .closed(let deadline):
            return PrizeStatusView(open: false, notYetOpen: false, closed: true,
                text: "\(ui("prize_status_closed", language)) \(plan.format(language).longDate(deadline)).")
        case .unknown:
            return PrizeStatusView(open: false, notYetOpen: false, closed: false, text: "")
        }
    }

    func prizeView(_ language: String) -> PrizeView {
        let text = TextPicker(fallback: plan.config.defaultLanguage)
        return PrizeView(
            name: text.plain(prize.name, language),
            purpose: text(prize.purpose, language) ?? .none, eligible: text(prize.eligible, language) ?? .none,
            nominators: text(prize.nominators, language) ?? .none, how: text(prize.howToNominate, language) ?? .none,
            sample: prize.sample, status: statusView(language),
            criteria: prize.criteria.map { criterionView($0, language) }, criteriaCount: prize.criteria.count,
            minimumMet: prize.minimumMet.map {
                "\(ui("prize_minimum_before", language)) \($0) \(ui("prize_minimum_after", language)) \(prize.criteria.count)."
            },
            winners: prize.winners.map { winnerView($0, language) },
            nominateURL: path(.nominate, language).map(plan.url) ?? "", winnersURL: path(.winners, language).map(plan.url) ?? "",
            url: hostURL(language),
            email: prize.nominationEmail, emailHref: prize.nominationEmail.map(ContactLinks.mailto), nominationURL: prize.nominationURL,
            opens: prize.opens.map { plan.format(language).longDate($0) }, opensISO: prize.opens?.description,
            deadline: prize.deadline.map { plan.format(language).longDate($0) }, deadlineISO: prize.deadline?.description,
            jury: text(prize.jury, language), award: text(prize.award, language), ceremony: text(prize.ceremony, language))
    }

    func criterionView(_ criterion: Prize.Criterion, _ language: String) -> PrizeCriterionView {
        let text = TextPicker(fallback: plan.config.defaultLanguage)
        return PrizeCriterionView(
            number: criterion.number, title: text(criterion.title, language) ?? .none,
            description: text(criterion.description, language) ?? .none,
            examples: criterion.examples.compactMap { text($0, language) }, mandatory: criterion.mandatory,
            evidence: text(criterion.evidence, language))
    }

    func winnerView(_ winner: Prize.Winner, _ language: String) -> PrizeWinnerView {
        let paths = winner.enterprise.flatMap { enterprisePaths[$0] }
        return PrizeWinnerView(
            year: winner.year, name: winner.name,
            citation: TextPicker(fallback: plan.config.defaultLanguage)(winner.citation, language) ?? .none,
            url: (paths?[language] ?? paths?[plan.config.defaultLanguage]).map(plan.url))
    }

    func hostURL(_ language: String) -> String { plan.page(key: hostKey, language: language).map { plan.url($0.path) } ?? "" }

    func hostView(language: String) -> SectionView { SectionView(view: PrizeHostView(prize: prizeView(language))) }

    func addToHome(_ home: inout HomeView, language: String) {
        home.prize = PrizeTeaserView(
            name: TextPicker(fallback: plan.config.defaultLanguage).plain(prize.name, language), status: statusView(language),
            url: hostURL(language), sample: prize.sample)
    }

    func pages() -> [GeneratedPage] {
        Subpage.allCases.flatMap { page in
            let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in path(page, l).map { (l, $0) } })
            return languages.compactMap { language -> GeneratedPage? in
                guard let path = paths[language] else { return nil }
                let name = TextPicker(fallback: plan.config.defaultLanguage).plain(prize.name, language)
                var view = builder.generated(
                    language: language, paths: paths, parentKey: hostKey,
                    title: "\(ui("prize_\(page.rawValue)_title", language)): \(name)",
                    summary: "\(ui("prize_\(page.rawValue)_summary", language)) \(name).", layout: page.layout)
                view.section = PrizeHostView(prize: prizeView(language))
                return GeneratedPage(path: path + "index.html", layout: page.layout, view: view)
            }
        }
    }
}
