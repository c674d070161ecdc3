import Foundation

/// The market days: the host page (`layout: market-day`) shows the next market day (or the latest);
/// every year gets its own page and an iCalendar file per language, so past days stay archived.
struct MarketDaySection: SiteSection {
    let hostLayout = Layout.marketDay
    let days: [MarketDay]
    let plan: SitePlan
    let hostKey: String
    let builder: PageViewBuilder
    let strings: [String: UIStrings]
    let today: LocalDate?
    /// Catalogue enterprise id → (name, page per language).
    let enterprises: [String: (name: String, paths: [String: String])]

    static func prepare(
        days: [MarketDay], plan: SitePlan, builder: PageViewBuilder, strings: [String: UIStrings], today: LocalDate?,
        enterprises: [String: (name: String, paths: [String: String])], diagnostics: inout [Diagnostic]
    ) -> MarketDaySection? {
        for day in days {
            for stand in day.stands {
                if let id = stand.enterprise, enterprises[id] == nil {
                    diagnostics.append(Diagnostic(
                        .standUnknownEnterprise(code: stand.code, id: id, known: Array(enterprises.keys)), at: stand.location))
                }
            }
        }
        guard let host = SectionHost.find(layout: .marketDay, plan: plan, dataPath: "content/market-day", diagnostics: &diagnostics) else { return nil }
        return MarketDaySection(days: days, plan: plan, hostKey: host, builder: builder, strings: strings, today: today, enterprises: enterprises)
    }

    var languages: [String] { plan.versions(of: hostKey).map(\.language) }
    var fallback: String { plan.config.defaultLanguage }

    func ui(_ key: String, _ language: String) -> String { strings[language]?[key] ?? strings[fallback]?[key] ?? key }

    func yearPath(_ day: MarketDay, _ language: String) -> String? {
        plan.page(key: hostKey, language: language).map { $0.path + "\(day.year)/" }
    }

    func calendarPath(_ day: MarketDay, _ language: String) -> String? {
        yearPath(day, language).map { $0 + plan.urlWords.word(.marketDayCalendar, language) + "-\(day.year).ics" }
    }

    var generatedPaths: [String] {
        days.flatMap { day in languages.flatMap { [yearPath(day, $0), calendarPath(day, $0)].compactMap { $0 } } }
    }

    /// The next market day on or after `today`, else the latest one.
    var featured: MarketDay? {
        if let today, let next = days.first(where: { $0.date >= today }) { return next }
        return days.last
    }

    /// Stands per catalogue enterprise, for the enterprise pages.
    func stands(of enterprise: String) -> [(day: MarketDay, stand: MarketDay.Stand)] {
        days.flatMap { day in day.stands.filter { $0.enterprise == enterprise }.map { (day, $0) } }
    }

    func statusView(_ day: MarketDay, _ language: String) -> MarketDayStatusView {
        var text = ""
        switch day.status {
        case .cancelled: text = ui("market_status_cancelled", language)
        case .moved:
            text = "\(ui("market_status_moved", language)) \(day.previousDate.map { plan.format(language).longDate($0) } ?? "")."
        case .scheduled: break
        }
        return MarketDayStatusView(
            scheduled: day.status == .scheduled, cancelled: day.status == .cancelled, moved: day.status == .moved, text: text)
    }

    func dayView(_ day: MarketDay, _ language: String) -> MarketDayView {
        let text = TextPicker(fallback: fallback)
        let accessibility = MarketDay.accessibilityKeys.compactMap { key in
            day.accessibility[key].map { LabelView(label: ui("market_\(key)_\($0 ? "yes" : "no")", language)) }
        }
        return MarketDayView(
            year: day.year, name: text.plain(day.name, language), summary: text(day.summary, language) ?? .none,
            description: text(day.description, language),
            date: plan.format(language).longDate(day.date), dateISO: day.date.description,
            start: day.start.description, end: day.end.description,
            startISO: CopenhagenTime.iso8601(day.date, day.start), endISO: CopenhagenTime.iso8601(day.date, day.end),
            status: statusView(day, language),
            venue: VenueView(
                name: day.venueName, street: day.street, postcode: day.postcode, town: day.town,
                transport: text(day.publicTransport, language), parking: text(day.parking, language)),
            accessibility: accessibility, accessibilityNotes: text(day.accessibilityNotes, language),
            organiser: OrganiserView(
                name: text.plain(day.organiserName, language), email: day.organiserEmail,
                emailHref: day.organiserEmail.map(ContactLinks.mailto), phone: day.organiserPhone,
                phoneHref: day.organiserPhone.map(ContactLinks.tel)),
            programme: day.programme.map { programmeItemView($0, of: day, language) },
            stands: day.stands.map { standView($0, language) },
            calendarURL: calendarPath(day, language).map(plan.url) ?? "", url: yearPath(day, language).map(plan.url) ?? "",
            sample: day.sample, isPast: today.map { day.date < $0 } ?? false)
    }

    func programmeItemView(_ item: MarketDay.ProgrammeItem, of day: MarketDay, _ language: String) -> ProgrammeItemView {
        let text = TextPicker(fallback: fallback)
        return ProgrammeItemView(
            start: item.start.description, end: item.end.description,
            startISO: CopenhagenTime.iso8601(day.date, item.start), endISO: CopenhagenTime.iso8601(day.date, item.end),
            title: text(item.title, language) ?? .none, place: text(item.place, language),
            typeLabel: ui("market_type_\(item.type)", language), language: item.language,
            languageName: plan.format(item.language).name, description: text(item.description, language))
    }

    func standView(_ stand: MarketDay.Stand, _ language: String) -> StandView {
        let shows = TextPicker(fallback: fallback)(stand.shows, language)
        if let id = stand.enterprise, let e = enterprises[id] {
            return StandView(code: stand.code, name: e.name, url: (e.paths[language] ?? e.paths[fallback]).map(plan.url), shows: shows)
        }
        return StandView(code: stand.code, name: stand.exhibitorName ?? "", website: stand.exhibitorWebsite, shows: shows)
    }

    func archive(_ language: String, except: MarketDay?) -> [ArchiveEntryView] {
        days.reversed().filter { $0.year != except?.year }.map { day in
            ArchiveEntryView(
                year: day.year, name: TextPicker(fallback: fallback).plain(day.name, language),
                date: plan.format(language).longDate(day.date), dateISO: day.date.description,
                url: yearPath(day, language).map(plan.url) ?? "")
        }
    }

    func hostView(language: String) -> SectionView {
        let view = MarketDayHostView(marketDay: featured.map { dayView($0, language) }, archive: archive(language, except: featured))
        let jsonLD = featured.flatMap { day in
            yearPath(day, language).map { eventJSONLD(day, language: language, pageURL: plan.absoluteURL($0)) }
        }
        return SectionView(view: view, jsonLD: jsonLD)
    }

    func addToHome(_ home: inout HomeView, language: String) {
        guard let day = featured else { return }
        let full = dayView(day, language)
        home.marketDay = MarketDayTeaserView(
            name: full.name, date: full.date, dateISO: full.dateISO, start: full.start, end: full.end, venue: day.venueName,
            status: full.status, isPast: full.isPast, url: full.url, calendarURL: full.calendarURL, sample: day.sample)
    }

    func pages() -> [GeneratedPage] {
        days.flatMap { day in
            let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in yearPath(day, l).map { (l, $0) } })
            return languages.compactMap { language -> GeneratedPage? in
                guard let path = paths[language] else { return nil }
                let name = TextPicker(fallback: fallback).plain(day.name, language)
                var view = builder.generated(
                    language: language, paths: paths, parentKey: hostKey, title: name,
                    summary: MetaDescription.trim(TextPicker(fallback: fallback).plain(day.summary, language)), layout: .marketDayYear)
                view.section = MarketDayHostView(marketDay: dayView(day, language), archive: archive(language, except: day))
                view.jsonLD = eventJSONLD(day, language: language, pageURL: plan.absoluteURL(path))
                return GeneratedPage(path: path + "index.html", layout: .marketDayYear, view: view)
            }
        }
    }

    func files() -> [OutputFile] {
        days.flatMap { day in
            languages.compactMap { language in
                guard yearPath(day, language) != nil, let calendar = calendarPath(day, language) else { return nil }
                return OutputFile(path: calendar, text: iCalendar(day, language: language))
            }
        }
    }

    // MARK: Calendar and structured data

    var host: String {
        let origin = plan.config.origin
        return origin.range(of: "://").map { String(origin[$0.upperBound...]) } ?? origin
    }

    func iCalendar(_ day: MarketDay, language: String) -> String {
        let text = TextPicker(fallback: fallback)
        let location = "\(day.venueName), \(day.street), \(day.postcode) \(day.town)"
        let stamp = ICalendar.utcMidnight(day.updated ?? day.previousDate ?? day.date)
        let sequence = day.status == .scheduled ? 0 : 1
        // A sample day is not a confirmed event, and every event says it is a sample.
        let status = day.status == .cancelled ? "CANCELLED" : day.sample ? "TENTATIVE" : "CONFIRMED"
        let notice = day.sample ? ui("market_sample_notice", language) : nil
        let url = yearPath(day, language).map(plan.absoluteURL) ?? plan.config.baseURL
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Torv//Torv \(TorvInfo.version)//\(language.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendar.escape(text.plain(day.name, language)),
            "X-WR-TIMEZONE:Europe/Copenhagen",
        ] + CopenhagenTime.vtimezone
        func event(uid: String, start: LocalTime, end: LocalTime, summary: String, description: String?, place: String) {
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)@\(host)", "DTSTAMP:\(stamp)", "SEQUENCE:\(sequence)", "STATUS:\(status)",
                "DTSTART;TZID=Europe/Copenhagen:\(ICalendar.local(day.date, start))",
                "DTEND;TZID=Europe/Copenhagen:\(ICalendar.local(day.date, end))",
                "SUMMARY:" + ICalendar.escape(summary),
                "LOCATION:" + ICalendar.escape(place),
                "URL:" + url,
            ]
            let text = [notice, description].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
            if !text.isEmpty { lines.append("DESCRIPTION:" + ICalendar.escape(text)) }
            lines.append("END:VEVENT")
        }
        event(uid: "market-day-\(day.year)", start: day.start, end: day.end, summary: text.plain(day.name, language),
            description: text.plain(day.summary, language), place: location)
        var used = Set<String>()
        for item in day.programme {
            var uid = "market-day-\(day.year)-\(item.start.description.replacingOccurrences(of: ":", with: ""))-" +
                SlugRules.suggest(from: item.title[fallback] ?? item.title.values.values.sorted().first ?? "item")
            while !used.insert(uid).inserted { uid += "-x" }
            let place = item.place.map { "\(text.plain($0, language)), \(location)" } ?? location
            event(uid: uid, start: item.start, end: item.end, summary: text.plain(item.title, language),
                description: item.description.map { text.plain($0, language) }, place: place)
        }
        lines.append("END:VCALENDAR")
        return ICalendar.document(lines)
    }

    func eventJSONLD(_ day: MarketDay, language: String, pageURL: String) -> String {
        let text = TextPicker(fallback: fallback)
        let place: JSONValue = [
            "@type": "Place", "name": .string(day.venueName),
            "address": ["@type": "PostalAddress", "streetAddress": .string(day.street), "postalCode": .string(day.postcode),
                        "addressLocality": .string(day.town), "addressCountry": "DK"],
        ]
        let status: JSONValue
        switch day.status {
        case .scheduled: status = "https://schema.org/EventScheduled"
        case .cancelled: status = "https://schema.org/EventCancelled"
        case .moved: status = "https://schema.org/EventRescheduled"
        }
        var organizer: [String: JSONValue] = [
            "@type": "Organization", "name": .string(text.plain(day.organiserName, language)), "url": .string(plan.config.baseURL),
        ]
        if let email = day.organiserEmail { organizer["email"] = .string(email) }
        var event: [String: JSONValue] = [
            "@context": "https://schema.org", "@type": "Event",
            "name": .string(text.plain(day.name, language)),
            "description": .string(text.plain(day.summary, language)),
            "startDate": .string(CopenhagenTime.iso8601(day.date, day.start)),
            "endDate": .string(CopenhagenTime.iso8601(day.date, day.end)),
            "eventStatus": status,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "isAccessibleForFree": true,
            "inLanguage": .string(language),
            "url": .string(pageURL),
            "location": place,
            "organizer": .object(organizer),
            "subEvent": .array(day.programme.map { item in
                [
                    "@type": "Event", "name": .string(text.plain(item.title, language)),
                    "startDate": .string(CopenhagenTime.iso8601(day.date, item.start)),
                    "endDate": .string(CopenhagenTime.iso8601(day.date, item.end)),
                    "location": place, "inLanguage": .string(item.language),
                    "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                ]
            }),
        ]
        if let previous = day.previousDate, day.status == .moved {
            event["previousStartDate"] = .string(CopenhagenTime.iso8601(previous, day.start))
        }
        return JSONLD.encode(.object(event))
    }
}
