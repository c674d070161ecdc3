/// When a page or a data record is shown: `draft: true`, `publish_on:` and `unpublish_on:`
/// (YYYY-MM-DD), decided from the build's `--today` like every other date rule.
public struct Schedule: Sendable, Hashable {
    public var draft: Bool = false
    /// The first day it is shown.
    public var publishOn: LocalDate?
    /// The first day it is no longer shown.
    public var unpublishOn: LocalDate?

    public var isEmpty: Bool { !draft && publishOn == nil && unpublishOn == nil }

    /// Whether it is shown on `today`. Without a date (a library call with no `--today`) only
    /// `draft` counts.
    public func visibility(on today: LocalDate?) -> Visibility {
        if draft { return .draft }
        guard let today else { return .published }
        if let publishOn, today < publishOn { return .scheduled(publishOn) }
        if let unpublishOn, today >= unpublishOn { return .expired(unpublishOn) }
        return .published
    }

    /// The keys, as written in front matter and data files.
    static let keys = ["draft", "publish_on", "unpublish_on"]

    /// Reads the three keys from a front matter or data record; an `unpublish_on` that is not after
    /// `publish_on` is an error.
    static func read(_ mapping: YAMLMapping, diagnostics: inout [Diagnostic]) -> Schedule? {
        guard keys.contains(where: mapping.has) else { return nil }
        var schedule = Schedule()
        schedule.draft = mapping.bool("draft", diagnostics: &diagnostics) ?? false
        schedule.publishOn = mapping.date("publish_on", diagnostics: &diagnostics)
        schedule.unpublishOn = mapping.date("unpublish_on", diagnostics: &diagnostics)
        if let publishOn = schedule.publishOn, let unpublishOn = schedule.unpublishOn, unpublishOn <= publishOn {
            diagnostics.append(Diagnostic(
                .scheduleEndBeforeStart(publishOn: "\(publishOn)", unpublishOn: "\(unpublishOn)"),
                at: mapping.location(ofValue: "unpublish_on")))
        }
        return schedule.isEmpty ? nil : schedule
    }
}

extension LocalDate {
    /// The date `days` days since 1970-01-01.
    init?(daysSinceEpoch days: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// The date `days` days later (earlier when negative).
    /// (The arithmetic always gives a valid date; outside the years 1–9999 the date stays as it is.)
    func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) ?? self }
}
