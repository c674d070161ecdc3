/// Reads `content/market-day/<year>.yaml`.
enum MarketDayLoader {
    static let folder = "market-day"

    static func isMarketDayFile(_ path: String) -> Bool { path.hasPrefix(folder + "/") && path.hasSuffix(".yaml") }

    static func load(files: [String], directory: ContentDirectory, languages: [String], diagnostics: inout [Diagnostic]) -> [MarketDay] {
        var days: [MarketDay] = []
        for path in files where isMarketDayFile(path) {
            let yearText = String(path.dropFirst(folder.count + 1).dropLast(5))
            guard let year = Int(yearText), yearText.count == 4 else {
                diagnostics.append(Diagnostic(.marketDayName(), at: SourceLocation(path: directory.displayPath(path))))
                continue
            }
            guard let file = directory.readText(path, diagnostics: &diagnostics),
                let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics),
                let root = document.rootMapping(diagnostics: &diagnostics, what: "a market day file")
            else { continue }
            if let day = read(root, year: year, languages: languages, diagnostics: &diagnostics) {
                days.append(day)
            }
        }
        return days.sorted { $0.date < $1.date }
    }

    static func time(_ m: YAMLMapping, _ key: String, diagnostics: inout [Diagnostic]) -> LocalTime? {
        guard let text = m.string(key, required: true, diagnostics: &diagnostics) else { return nil }
        guard let time = LocalTime(text) else {
            diagnostics.append(Diagnostic(.marketDayBadTime(key: key, value: text), at: m.location(ofValue: key)))
            return nil
        }
        return time
    }

    static func read(_ root: YAMLMapping, year: Int, languages: [String], diagnostics: inout [Diagnostic]) -> MarketDay? {
        let before = diagnostics.count
        let sample = root.bool("sample", diagnostics: &diagnostics) ?? false
        let name = text(root, "name", languages, required: true, diagnostics: &diagnostics)
        let summary = text(root, "summary", languages, required: true, diagnostics: &diagnostics)
        let description = text(root, "description", languages, diagnostics: &diagnostics)
        let date = root.date("date", required: true, diagnostics: &diagnostics)
        if let date, date.year != year {
            diagnostics.append(Diagnostic(
                .marketDayYear(date: date.description, year: year, dateYear: date.year), at: root.location(ofValue: "date")))
        }
        let start = time(root, "start", diagnostics: &diagnostics)
        let end = time(root, "end", diagnostics: &diagnostics)
        if let start, let end, end <= start {
            diagnostics.append(Diagnostic(
                .marketDayEndsBeforeStart(start: start.description, end: end.description), at: root.location(ofValue: "end")))
        }
        let (status, previous, updated) = readStatus(root, diagnostics: &diagnostics)
        let venue = readVenue(root, languages: languages, diagnostics: &diagnostics)
        let (access, accessNotes) = readAccessibility(root, languages: languages, diagnostics: &diagnostics)
        let organiser = readOrganiser(root, languages: languages, diagnostics: &diagnostics)
        let programme = readProgramme(root, dayStart: start, dayEnd: end, languages: languages, diagnostics: &diagnostics)
        let stands = readStands(root, languages: languages, diagnostics: &diagnostics)
        let schedule = Schedule.read(root, diagnostics: &diagnostics)
        root.reportUnknownKeys(in: "a market day file", diagnostics: &diagnostics)
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }), let name, let summary, let date, let start, let end, let status
        else { return nil }
        var day = MarketDay(
            year: year, sample: sample, name: name, summary: summary, description: description, date: date, start: start, end: end,
            status: status, previousDate: previous, venueName: venue.name, street: venue.street, postcode: venue.postcode,
            town: venue.town, publicTransport: venue.transport, parking: venue.parking, accessibility: access,
            accessibilityNotes: accessNotes, organiserName: organiser.name, organiserEmail: organiser.email,
            organiserPhone: organiser.phone,
            programme: programme.sorted { ($0.start, $0.end) < ($1.start, $1.end) }, stands: stands, updated: updated)
        day.schedule = schedule
        return day
    }

    /// A text in every site language; a missing one is reported as a warning, not an error.
    private static func text(
        _ m: YAMLMapping, _ key: String, _ languages: [String], required: Bool = false, diagnostics: inout [Diagnostic]
    ) -> LocalizedText? {
        m.localized(key, languages: languages, required: required, missingIsError: false, diagnostics: &diagnostics)
    }

    /// `status:`, with `previous_date:` (needed when the day has moved, unused otherwise) and `updated:`.
    private static func readStatus(
        _ root: YAMLMapping, diagnostics: inout [Diagnostic]
    ) -> (status: MarketDay.Status?, previous: LocalDate?, updated: LocalDate?) {
        let statusText = root.string("status", required: true, diagnostics: &diagnostics) ?? "scheduled"
        let status = MarketDay.Status(rawValue: statusText)
        if status == nil {
            diagnostics.append(Diagnostic(.marketDayUnknownStatus(statusText), at: root.location(ofValue: "status")))
        }
        let previous = root.date("previous_date", diagnostics: &diagnostics)
        // A moved day needs the date it moved from: said at `status: moved`, the line that asks for it.
        if status == .moved, !root.has("previous_date") {
            diagnostics.append(Diagnostic(.yamlMissingKey(key: "previous_date"), at: root.location(ofValue: "status")))
        }
        let updated = root.date("updated", diagnostics: &diagnostics)
        if previous != nil && status != .moved {
            diagnostics.append(Diagnostic(.previousDateUnused(), at: root.location(ofValue: "previous_date")))
        }
        return (status, previous, updated)
    }

    /// Where the market day is held (the `venue:` block); empty texts when it is missing.
    private struct Venue {
        var name = "", street = "", postcode = "", town = ""
        var transport: LocalizedText?, parking: LocalizedText?
    }

    private static func readVenue(_ root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]) -> Venue {
        var result = Venue()
        guard let venue = root.mapping("venue", required: true, diagnostics: &diagnostics) else { return result }
        result.name = venue.string("name", required: true, diagnostics: &diagnostics) ?? ""
        result.street = venue.string("street", required: true, diagnostics: &diagnostics) ?? ""
        result.postcode = venue.string("postcode", required: true, diagnostics: &diagnostics) ?? ""
        result.town = venue.string("town", required: true, diagnostics: &diagnostics) ?? ""
        result.transport = text(venue, "public_transport", languages, diagnostics: &diagnostics)
        result.parking = text(venue, "parking", languages, diagnostics: &diagnostics)
        venue.reportUnknownKeys(in: "`venue`", diagnostics: &diagnostics)
        return result
    }

    /// The `accessibility:` block: the facilities that are (or are not) there, and notes.
    private static func readAccessibility(
        _ root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]
    ) -> (access: [String: Bool], notes: LocalizedText?) {
        var access: [String: Bool] = [:]
        guard let a = root.mapping("accessibility", diagnostics: &diagnostics) else { return (access, nil) }
        for key in MarketDay.accessibilityKeys { if let v = a.bool(key, diagnostics: &diagnostics) { access[key] = v } }
        let notes = text(a, "notes", languages, diagnostics: &diagnostics)
        a.reportUnknownKeys(in: "`accessibility`", diagnostics: &diagnostics)
        return (access, notes)
    }

    /// The `organiser:` block.
    private static func readOrganiser(
        _ root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]
    ) -> (name: LocalizedText?, email: String?, phone: String?) {
        guard let o = root.mapping("organiser", required: true, diagnostics: &diagnostics) else { return (nil, nil, nil) }
        let name = text(o, "name", languages, required: true, diagnostics: &diagnostics)
        let email = o.string("email", diagnostics: &diagnostics)
        let phone = o.string("phone", diagnostics: &diagnostics)
        o.reportUnknownKeys(in: "`organiser`", diagnostics: &diagnostics)
        return (name, email, phone)
    }

    /// The `programme:` list; items with a missing time or title are left out (and reported).
    private static func readProgramme(
        _ root: YAMLMapping, dayStart: LocalTime?, dayEnd: LocalTime?, languages: [String], diagnostics: inout [Diagnostic]
    ) -> [MarketDay.ProgrammeItem] {
        var programme: [MarketDay.ProgrammeItem] = []
        for item in root.list("programme", diagnostics: &diagnostics) ?? [] {
            guard let p = root.mapping(item: item, of: "programme", diagnostics: &diagnostics) else { continue }
            if let item = readProgrammeItem(p, dayStart: dayStart, dayEnd: dayEnd, languages: languages, diagnostics: &diagnostics) {
                programme.append(item)
            }
        }
        return programme
    }

    private static func readProgrammeItem(
        _ p: YAMLMapping, dayStart start: LocalTime?, dayEnd end: LocalTime?, languages: [String], diagnostics: inout [Diagnostic]
    ) -> MarketDay.ProgrammeItem? {
        let s = time(p, "start", diagnostics: &diagnostics)
        let e = time(p, "end", diagnostics: &diagnostics)
        let title = text(p, "title", languages, required: true, diagnostics: &diagnostics)
        let place = text(p, "place", languages, diagnostics: &diagnostics)
        let type = p.string("type", required: true, diagnostics: &diagnostics) ?? "other"
        if !MarketDay.itemTypes.contains(type) {
            diagnostics.append(Diagnostic(.programmeUnknownType(type), at: p.location(ofValue: "type")))
        }
        let language = p.string("language", diagnostics: &diagnostics) ?? languages.first ?? ""
        if !LanguageCode.isValid(language) {
            diagnostics.append(Diagnostic(.programmeBadLanguage(language), at: p.location(ofValue: "language")))
        }
        let itemDescription = text(p, "description", languages, diagnostics: &diagnostics)
        p.reportUnknownKeys(in: "a programme item", diagnostics: &diagnostics)
        if let s, let e, e <= s {
            diagnostics.append(Diagnostic(
                .programmeEndsBeforeStart(start: s.description, end: e.description), at: p.location(ofValue: "end")))
        }
        // When the day's own hours are wrong, that is reported once (`end-before-start`), not at every item.
        if let s, let e, let start, let end, start < end, s < start || e > end {
            diagnostics.append(Diagnostic(
                .outsideDay(itemStart: s.description, itemEnd: e.description, dayStart: start.description, dayEnd: end.description),
                at: p.location(ofValue: "start")))
        }
        guard let s, let e, let title else { return nil }
        return .init(start: s, end: e, title: title, place: place, type: type, language: language, description: itemDescription)
    }

    /// The `stands:` list; each stand's code is unique within the day.
    private static func readStands(_ root: YAMLMapping, languages: [String], diagnostics: inout [Diagnostic]) -> [MarketDay.Stand] {
        var stands: [MarketDay.Stand] = []
        var codes = Set<String>()
        for item in root.list("stands", diagnostics: &diagnostics) ?? [] {
            guard let s = root.mapping(item: item, of: "stands", diagnostics: &diagnostics) else { continue }
            stands.append(readStand(s, codes: &codes, languages: languages, diagnostics: &diagnostics))
        }
        return stands
    }

    /// One stand: an enterprise from the catalogue or an `exhibitor:`, exactly one of the two.
    private static func readStand(
        _ s: YAMLMapping, codes: inout Set<String>, languages: [String], diagnostics: inout [Diagnostic]
    ) -> MarketDay.Stand {
        let code = s.string("code", required: true, diagnostics: &diagnostics) ?? ""
        if !code.isEmpty, !codes.insert(code).inserted {
            diagnostics.append(Diagnostic(.standCodeTwice(code), at: s.location(ofValue: "code")))
        }
        let enterprise = s.string("enterprise", diagnostics: &diagnostics)
        var exhibitorName: String?, exhibitorWebsite: String?
        if let x = s.mapping("exhibitor", diagnostics: &diagnostics) {
            exhibitorName = x.string("name", required: true, diagnostics: &diagnostics)
            exhibitorWebsite = x.string("website", diagnostics: &diagnostics)
            if let w = exhibitorWebsite, URLRules.classify(w) != .external {
                diagnostics.append(Diagnostic(.exhibitorBadWebsite(w), at: x.location(ofValue: "website")))
            }
            x.reportUnknownKeys(in: "`exhibitor`", diagnostics: &diagnostics)
        }
        if (enterprise == nil) == (exhibitorName == nil) {
            diagnostics.append(Diagnostic(.standOwner(both: enterprise != nil), at: s.location))
        }
        let shows = text(s, "shows", languages, diagnostics: &diagnostics)
        s.reportUnknownKeys(in: "a stand", diagnostics: &diagnostics)
        return .init(code: code, enterprise: enterprise, exhibitorName: exhibitorName, exhibitorWebsite: exhibitorWebsite,
            shows: shows, location: s.has("enterprise") ? s.location(ofValue: "enterprise") : s.location)
    }
}
