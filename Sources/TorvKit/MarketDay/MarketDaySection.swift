import Foundation

/// The market days: the host page (`layout: market-day`) shows the next market day (or the latest);
/// every year gets its own page and an iCalendar file per language, so past days stay archived.
struct MarketDaySection: SiteSection {
    let hostLayout = "market-day"
    let days: [MarketDay]
    let plan: SitePlan
    let hostKey: String
    let builder: PageContextBuilder
    let strings: [String: UIStrings]
    let today: LocalDate?
    /// Catalogue enterprise id → (name, page per language).
    let enterprises: [String: (name: String, paths: [String: String])]

    static func prepare(
        days: [MarketDay], plan: SitePlan, builder: PageContextBuilder, strings: [String: UIStrings], today: LocalDate?,
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
        guard let host = SectionHost.find(layout: "market-day", plan: plan, dataPath: "content/market-day",
            example: "content/markedsdag/index.da.md", diagnostics: &diagnostics) else { return nil }
        return MarketDaySection(days: days, plan: plan, hostKey: host, builder: builder, strings: strings, today: today, enterprises: enterprises)
    }

    var languages: [String] { plan.versions(of: hostKey).map(\.language) }
    var fallback: String { plan.config.defaultLanguage }

    func ui(_ key: String, _ language: String) -> String { strings[language]?[key] ?? strings[fallback]?[key] ?? key }

    func yearPath(_ day: MarketDay, _ language: String) -> String? {
        plan.page(key: hostKey, language: language).map { $0.path + "\(day.year)/" }
    }

    func calendarPath(_ day: MarketDay, _ language: String) -> String? {
        yearPath(day, language).map { $0 + (language == "da" ? "markedsdag" : "market-day") + "-\(day.year).ics" }
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

    func dayContext(_ day: MarketDay, _ language: String) -> [String: Any] {
        let text = TextPicker(fallback: fallback)
        var accessibility: [[String: Any]] = []
        for key in MarketDay.accessibilityKeys {
            guard let value = day.accessibility[key] else { continue }
            accessibility.append(["label": ui("market_\(key)_\(value ? "yes" : "no")", language)])
        }
        var status: [String: Any] = [day.status.rawValue: true]
        switch day.status {
        case .cancelled: status["text"] = ui("market_status_cancelled", language)
        case .moved:
            status["text"] = "\(ui("market_status_moved", language)) \(day.previousDate.map { DateFormatting.long($0, language: language) } ?? "")."
        case .scheduled: status["text"] = ""
        }
        var context: [String: Any] = [
            "year": day.year,
            "name": text.plain(day.name, language),
            "summary": text(day.summary, language) ?? [:],
            "date": DateFormatting.long(day.date, language: language),
            "dateISO": day.date.description,
            "start": day.start.description,
            "end": day.end.description,
            "startISO": CopenhagenTime.iso8601(day.date, day.start),
            "endISO": CopenhagenTime.iso8601(day.date, day.end),
            "status": status,
            "venue": [
                "name": day.venueName, "street": day.street, "postcode": day.postcode, "town": day.town,
            ].merging(["transport": text(day.publicTransport, language), "parking": text(day.parking, language)].compactMapValues { $0 as Any? }) { $1 },
            "accessibility": accessibility,
            "programme": day.programme.map { item -> [String: Any] in
                var entry: [String: Any] = [
                    "start": item.start.description, "end": item.end.description,
                    "startISO": CopenhagenTime.iso8601(day.date, item.start), "endISO": CopenhagenTime.iso8601(day.date, item.end),
                    "title": text(item.title, language) ?? [:], "typeLabel": ui("market_type_\(item.type)", language),
                    "language": item.language, "languageName": NativeLanguageNames.name(item.language),
                ]
                if let place = text(item.place, language) { entry["place"] = place }
                if let description = text(item.description, language) { entry["description"] = description }
                return entry
            },
            "stands": day.stands.map { stand -> [String: Any] in
                var entry: [String: Any] = ["code": stand.code]
                if let id = stand.enterprise, let e = enterprises[id] {
                    entry["name"] = e.name
                    if let path = e.paths[language] ?? e.paths[fallback] { entry["url"] = plan.url(path) }
                } else {
                    entry["name"] = stand.exhibitorName ?? ""
                    if let website = stand.exhibitorWebsite { entry["website"] = website }
                }
                if let shows = text(stand.shows, language) { entry["shows"] = shows }
                return entry
            },
            "calendarURL": calendarPath(day, language).map(plan.url) ?? "",
            "url": yearPath(day, language).map(plan.url) ?? "",
            "sample": day.sample,
            "isPast": today.map { day.date < $0 } ?? false,
        ]
        if let description = text(day.description, language) { context["description"] = description }
        if let notes = text(day.accessibilityNotes, language) { context["accessibilityNotes"] = notes }
        var organiser: [String: Any] = ["name": text.plain(day.organiserName, language)]
        if let email = day.organiserEmail { organiser["email"] = email; organiser["emailHref"] = ContactLinks.mailto(email) }
        if let phone = day.organiserPhone { organiser["phone"] = phone; organiser["phoneHref"] = ContactLinks.tel(phone) }
        context["organiser"] = organiser
        return context
    }

    func archive(_ language: String, except: MarketDay?) -> [[String: Any]] {
        days.reversed().filter { $0.year != except?.year }.map { day in
            ["year": day.year, "name": TextPicker(fallback: fallback).plain(day.name, language),
             "date": DateFormatting.long(day.date, language: language), "dateISO": day.date.description,
             "url": yearPath(day, language).map(plan.url) ?? ""]
        }
    }

    func hostContext(language: String) -> [String: Any] {
        var context: [String: Any] = ["archive": archive(language, except: featured)]
        if let featured {
            context["marketDay"] = dayContext(featured, language)
            if let path = yearPath(featured, language) {
                context["jsonLD"] = eventJSONLD(featured, language: language, pageURL: plan.absoluteURL(path))
            }
        }
        return context
    }

    func homeContext(language: String) -> [String: Any] {
        guard let day = featured else { return [:] }
        let full = dayContext(day, language)
        return ["marketDay": ["name": full["name"] ?? "", "date": full["date"] ?? "", "dateISO": full["dateISO"] ?? "",
                              "start": full["start"] ?? "", "end": full["end"] ?? "", "venue": day.venueName,
                              "status": full["status"] ?? [:], "isPast": full["isPast"] ?? false,
                              "url": full["url"] ?? "", "calendarURL": full["calendarURL"] ?? ""] as [String: Any]]
    }

    func render(templates: TemplateSet) -> [OutputFile] {
        var files: [OutputFile] = []
        for day in days {
            let paths = Dictionary(uniqueKeysWithValues: languages.compactMap { l in yearPath(day, l).map { (l, $0) } })
            for language in languages {
                guard let path = paths[language], let calendar = calendarPath(day, language) else { continue }
                let name = TextPicker(fallback: fallback).plain(day.name, language)
                var context = builder.generated(
                    language: language, paths: paths, parentKey: hostKey, title: name,
                    summary: MetaDescription.trim(TextPicker(fallback: fallback).plain(day.summary, language)), layout: "market-day-year")
                context["marketDay"] = dayContext(day, language)
                context["archive"] = archive(language, except: day)
                context["jsonLD"] = eventJSONLD(day, language: language, pageURL: plan.absoluteURL(path))
                files.append(OutputFile(path: path + "index.html", text: templates.render(context, layout: "market-day-year")))
                files.append(OutputFile(path: calendar, text: iCalendar(day, language: language)))
            }
        }
        return files
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
        let status = day.status == .cancelled ? "CANCELLED" : "CONFIRMED"
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
            if let description, !description.isEmpty { lines.append("DESCRIPTION:" + ICalendar.escape(description)) }
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
        let place: [String: Any] = [
            "@type": "Place", "name": day.venueName,
            "address": ["@type": "PostalAddress", "streetAddress": day.street, "postalCode": day.postcode,
                        "addressLocality": day.town, "addressCountry": "DK"],
        ]
        let status: String
        switch day.status {
        case .scheduled: status = "https://schema.org/EventScheduled"
        case .cancelled: status = "https://schema.org/EventCancelled"
        case .moved: status = "https://schema.org/EventRescheduled"
        }
        var event: [String: Any] = [
            "@context": "https://schema.org", "@type": "Event",
            "name": text.plain(day.name, language),
            "description": text.plain(day.summary, language),
            "startDate": CopenhagenTime.iso8601(day.date, day.start),
            "endDate": CopenhagenTime.iso8601(day.date, day.end),
            "eventStatus": status,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "isAccessibleForFree": true,
            "inLanguage": language,
            "url": pageURL,
            "location": place,
            "organizer": ["@type": "Organization", "name": text.plain(day.organiserName, language), "url": plan.config.baseURL]
                .merging(day.organiserEmail.map { ["email": $0] } ?? [:]) { $1 },
            "subEvent": day.programme.map { item -> [String: Any] in
                [
                    "@type": "Event", "name": text.plain(item.title, language),
                    "startDate": CopenhagenTime.iso8601(day.date, item.start), "endDate": CopenhagenTime.iso8601(day.date, item.end),
                    "location": place, "inLanguage": item.language,
                    "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                ]
            },
        ]
        if let previous = day.previousDate, day.status == .moved {
            event["previousStartDate"] = CopenhagenTime.iso8601(previous, day.start)
        }
        return JSONLD.encode(event)
    }
}

/// Torv's own version, for generator tags and calendar product ids.
public enum TorvInfo {
    public static let version = "0.1.0"
}
