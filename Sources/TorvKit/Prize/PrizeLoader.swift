import Yams

/// Reads `content/prize/prize.yaml`.
enum PrizeLoader {
    static let path = "prize/prize.yaml"

    static func load(files: [String], directory: ContentDirectory, languages: [String], diagnostics: inout [Diagnostic]) -> Prize? {
        guard files.contains(path), let file = directory.readText(path, diagnostics: &diagnostics) else { return nil }
        return parse(file, languages: languages, diagnostics: &diagnostics)
    }

    static func parse(_ file: SourceFile, languages: [String], diagnostics: inout [Diagnostic]) -> Prize? {
        guard let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
            let root = document.rootMapping(diagnostics: &diagnostics, what: "prize.yaml")
        else { return nil }
        let sample = root.bool("sample", diagnostics: &diagnostics) ?? false
        let name = text(root, "name", languages, diagnostics: &diagnostics)
        let purpose = text(root, "purpose", languages, diagnostics: &diagnostics)
        let eligible = text(root, "eligible", languages, diagnostics: &diagnostics)
        let nomination = readNomination(root, languages: languages, diagnostics: &diagnostics)
        let minimum = root.int("minimum_met", diagnostics: &diagnostics)
        let criteria = readCriteria(root, document: document, languages: languages, diagnostics: &diagnostics)
        if let minimum, minimum > criteria.count || minimum < 1 {
            diagnostics.append(Diagnostic(.badMinimum(minimum, criteria: criteria.count), at: root.location(ofValue: "minimum_met")))
        }
        let (opens, deadline) = readNominationDates(root, file: file, diagnostics: &diagnostics)
        let jury = text(root, "jury", languages, required: false, diagnostics: &diagnostics)
        let award = text(root, "award", languages, required: false, diagnostics: &diagnostics)
        let ceremony = text(root, "ceremony", languages, required: false, diagnostics: &diagnostics)
        let winners = readWinners(root, languages: languages, diagnostics: &diagnostics)
        root.reportUnknownKeys(in: "prize.yaml", diagnostics: &diagnostics)
        // Returned even when other values are wrong (their errors stop the build anyway), so the
        // references to the catalogue are checked in the same run.
        guard let name, let purpose, let eligible, let who = nomination.who, let how = nomination.how else { return nil }
        return Prize(
            sample: sample, name: name, purpose: purpose, eligible: eligible, nominators: who, howToNominate: how,
            nominationEmail: nomination.email, nominationURL: nomination.url, minimumMet: minimum, criteria: criteria,
            opens: opens, deadline: deadline,
            jury: jury, award: award, ceremony: ceremony, winners: winners.sorted { $0.year > $1.year })
    }

    /// A text in every site language; a missing one is reported as a warning, not an error.
    private static func text(
        _ m: YAMLMapping, _ key: String, _ languages: [String], required: Bool = true, diagnostics: inout [Diagnostic]
    ) -> LocalizedText? {
        m.localized(key, languages: languages, required: required, missingIsError: false, diagnostics: &diagnostics)
    }

    /// The `nominate:` block: who may nominate, how, and where to (an e-mail address, a web address or both).
    private static func readNomination(
        _ root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]
    ) -> (who: LocalizedText?, how: LocalizedText?, email: String?, url: String?) {
        guard let nominate = root.mapping("nominate", required: true, diagnostics: &diagnostics) else { return (nil, nil, nil, nil) }
        let who = text(nominate, "who", languages, diagnostics: &diagnostics)
        let how = text(nominate, "how", languages, diagnostics: &diagnostics)
        let email = nominate.string("email", diagnostics: &diagnostics)
        let url = nominate.string("url", diagnostics: &diagnostics)
        if let url, URLRules.classify(url) != .external {
            diagnostics.append(Diagnostic(.prizeBadURL(url), at: nominate.location(ofValue: "url")))
        }
        if email == nil && url == nil {
            diagnostics.append(Diagnostic(.prizeMissingContact(), at: root.location(ofKey: "nominate")))
        }
        nominate.reportUnknownKeys(in: "`nominate`", diagnostics: &diagnostics)
        return (who, how, email, url)
    }

    /// The `criteria:` list, numbered 1, 2, 3 … in order, without gaps or repeats.
    private static func readCriteria(
        _ root: YAMLMapping, document: YAMLDocument, languages: [String], diagnostics: inout [Diagnostic]
    ) -> [Prize.Criterion] {
        var criteria: [Prize.Criterion] = []
        var unreadable = false
        for item in root.list("criteria", required: true, diagnostics: &diagnostics) ?? [] {
            guard let c = root.mapping(item: item, of: "criteria", diagnostics: &diagnostics),
                  let criterion = readCriterion(c, languages: languages, diagnostics: &diagnostics)
            else { unreadable = true; continue }
            criteria.append(criterion)
        }
        // A criterion that could not be read has its own message; counting without it would blame the next one.
        for (index, criterion) in criteria.enumerated() where !unreadable && criterion.number != index + 1 {
            let node = (root.node("criteria").flatMap { n -> [Yams.Node]? in if case .sequence(let s) = n { return Array(s) } else { return nil } } ?? [])
            let location = index < node.count ? document.location(of: node[index]) : root.location(ofValue: "criteria")
            diagnostics.append(Diagnostic(.criteriaNumbering(number: criterion.number, expected: index + 1), at: location))
            break
        }
        return criteria
    }

    /// One criterion; nil (with the problems reported) when its number, title or description is missing.
    private static func readCriterion(_ c: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]) -> Prize.Criterion? {
        let number = c.int("number", diagnostics: &diagnostics)
        if c.node("number") == nil { diagnostics.append(c.missing("number")) }
        let title = text(c, "title", languages, diagnostics: &diagnostics)
        let description = text(c, "description", languages, diagnostics: &diagnostics)
        var examples: [LocalizedText] = []
        for example in c.list("examples", diagnostics: &diagnostics) ?? [] {
            if let m = c.mapping(item: example, of: "examples", diagnostics: &diagnostics) {
                var values: [String: String] = [:]
                for language in languages { if let v = m.string(language, diagnostics: &diagnostics) { values[language] = v } }
                m.reportUnknownKeys(in: "an example", diagnostics: &diagnostics)
                examples.append(LocalizedText(values))
            }
        }
        let evidence = text(c, "evidence", languages, required: false, diagnostics: &diagnostics)
        let mandatory = c.bool("mandatory", diagnostics: &diagnostics) ?? false
        c.reportUnknownKeys(in: "a criterion", diagnostics: &diagnostics)
        guard let number, let title, let description else { return nil }
        return .init(number: number, title: title, description: description, examples: examples, evidence: evidence, mandatory: mandatory)
    }

    /// `nomination_opens:` and `nomination_deadline:`; the deadline may not come before the opening.
    private static func readNominationDates(
        _ root: YAMLMapping, file: SourceFile, diagnostics: inout [Diagnostic]
    ) -> (opens: LocalDate?, deadline: LocalDate?) {
        let opens = root.date("nomination_opens", required: true, diagnostics: &diagnostics)
        let deadline = root.date("nomination_deadline", required: true, diagnostics: &diagnostics)
        if let opens, let deadline, deadline < opens {
            diagnostics.append(Diagnostic(
                .deadlineBeforeOpening(deadline: deadline.description, opens: opens.description),
                at: root.location(ofValue: "nomination_deadline"),
                excerpt: file.line(root.location(ofValue: "nomination_deadline").line)))
        }
        return (opens, deadline)
    }

    /// The `winners:` list of earlier years.
    private static func readWinners(_ root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]) -> [Prize.Winner] {
        var winners: [Prize.Winner] = []
        for item in root.list("winners", diagnostics: &diagnostics) ?? [] {
            guard let w = root.mapping(item: item, of: "winners", diagnostics: &diagnostics) else { continue }
            let year = w.int("year", diagnostics: &diagnostics)
            let winnerName = w.string("name", required: true, diagnostics: &diagnostics)
            let enterprise = w.string("enterprise", diagnostics: &diagnostics)
            let citation = text(w, "citation", languages, diagnostics: &diagnostics)
            w.reportUnknownKeys(in: "a winner", diagnostics: &diagnostics)
            if let year, let winnerName, let citation {
                winners.append(.init(year: year, name: winnerName, enterprise: enterprise, citation: citation,
                    location: w.has("enterprise") ? w.location(ofValue: "enterprise") : w.location))
            }
        }
        return winners
    }
}
