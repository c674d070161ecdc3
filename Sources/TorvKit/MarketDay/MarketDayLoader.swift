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
        func text(_ m: YAMLMapping, _ key: String, required: Bool = false) -> LocalizedText? {
            m.localized(key, languages: languages, required: required, missingIsError: false, diagnostics: &diagnostics)
        }
        let sample = root.bool("sample", diagnostics: &diagnostics) ?? false
        let name = text(root, "name", required: true)
        let summary = text(root, "summary", required: true)
        let description = text(root, "description")
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
        let statusText = root.string("status", required: true, diagnostics: &diagnostics) ?? "scheduled"
        let status = MarketDay.Status(rawValue: statusText)
        if status == nil {
            diagnostics.append(Diagnostic(.marketDayUnknownStatus(statusText), at: root.location(ofValue: "status")))
        }
        let previous = root.date("previous_date", required: status == .moved, diagnostics: &diagnostics)
        let updated = root.date("updated", diagnostics: &diagnostics)
        if previous != nil && status != .moved {
            diagnostics.append(Diagnostic(.previousDateUnused(), at: root.location(ofValue: "previous_date")))
        }

        var venueName = "", street = "", postcode = "", town = ""
        var transport: LocalizedText?, parking: LocalizedText?
        if let venue = root.mapping("venue", required: true, diagnostics: &diagnostics) {
            venueName = venue.string("name", required: true, diagnostics: &diagnostics) ?? ""
            street = venue.string("street", required: true, diagnostics: &diagnostics) ?? ""
            postcode = venue.string("postcode", required: true, diagnostics: &diagnostics) ?? ""
            town = venue.string("town", required: true, diagnostics: &diagnostics) ?? ""
            transport = text(venue, "public_transport")
            parking = text(venue, "parking")
            venue.reportUnknownKeys(in: "`venue`", diagnostics: &diagnostics)
        }
        var access: [String: Bool] = [:]
        var accessNotes: LocalizedText?
        if let a = root.mapping("accessibility", diagnostics: &diagnostics) {
            for key in MarketDay.accessibilityKeys { if let v = a.bool(key, diagnostics: &diagnostics) { access[key] = v } }
            accessNotes = text(a, "notes")
            a.reportUnknownKeys(in: "`accessibility`", diagnostics: &diagnostics)
        }
        var organiserName: LocalizedText?, email: String?, phone: String?
        if let o = root.mapping("organiser", required: true, diagnostics: &diagnostics) {
            organiserName = text(o, "name", required: true)
            email = o.string("email", diagnostics: &diagnostics)
            phone = o.string("phone", diagnostics: &diagnostics)
            o.reportUnknownKeys(in: "`organiser`", diagnostics: &diagnostics)
        }
        var programme: [MarketDay.ProgrammeItem] = []
        for item in root.list("programme", diagnostics: &diagnostics) ?? [] {
            guard let p = root.mapping(item: item, of: "programme", diagnostics: &diagnostics) else { continue }
            let s = time(p, "start", diagnostics: &diagnostics)
            let e = time(p, "end", diagnostics: &diagnostics)
            let title = text(p, "title", required: true)
            let place = text(p, "place")
            let type = p.string("type", required: true, diagnostics: &diagnostics) ?? "other"
            if !MarketDay.itemTypes.contains(type) {
                diagnostics.append(Diagnostic(.programmeUnknownType(type), at: p.location(ofValue: "type")))
            }
            let language = p.string("language", diagnostics: &diagnostics) ?? languages.first ?? ""
            if !LanguageCode.isValid(language) {
                diagnostics.append(Diagnostic(.programmeBadLanguage(language), at: p.location(ofValue: "language")))
            }
            let itemDescription = text(p, "description")
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
            if let s, let e, let title {
                programme.append(.init(start: s, end: e, title: title, place: place, type: type, language: language, description: itemDescription))
            }
        }
        var stands: [MarketDay.Stand] = []
        var codes = Set<String>()
        for item in root.list("stands", diagnostics: &diagnostics) ?? [] {
            guard let s = root.mapping(item: item, of: "stands", diagnostics: &diagnostics) else { continue }
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
            let shows = text(s, "shows")
            s.reportUnknownKeys(in: "a stand", diagnostics: &diagnostics)
            stands.append(.init(code: code, enterprise: enterprise, exhibitorName: exhibitorName, exhibitorWebsite: exhibitorWebsite,
                shows: shows, location: s.has("enterprise") ? s.location(ofValue: "enterprise") : s.location))
        }
        let schedule = Schedule.read(root, diagnostics: &diagnostics)
        root.reportUnknownKeys(in: "a market day file", diagnostics: &diagnostics)
        guard diagnostics[before...].allSatisfy({ $0.severity != .error }), let name, let summary, let date, let start, let end, let status
        else { return nil }
        var day = MarketDay(
            year: year, sample: sample, name: name, summary: summary, description: description, date: date, start: start, end: end,
            status: status, previousDate: previous, venueName: venueName, street: street, postcode: postcode, town: town,
            publicTransport: transport, parking: parking, accessibility: access, accessibilityNotes: accessNotes,
            organiserName: organiserName, organiserEmail: email, organiserPhone: phone,
            programme: programme.sorted { ($0.start, $0.end) < ($1.start, $1.end) }, stands: stands, updated: updated)
        day.schedule = schedule
        return day
    }
}
