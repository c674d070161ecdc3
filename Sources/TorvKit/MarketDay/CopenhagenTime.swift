/// Europe/Copenhagen's offset from UTC: +01:00 (CET), +02:00 (CEST) from the last Sunday in March
/// to the last Sunday in October (EU rules since 1996). Computed here so output never depends on the
/// machine's time-zone database.
enum CopenhagenTime {
    /// 0 = Sunday.
    static func weekday(_ date: LocalDate) -> Int {
        ((date.daysSinceEpoch % 7) + 7 + 4) % 7
    }

    static func lastSunday(month: Int, year: Int) -> LocalDate? {
        let last = LocalDate.daysIn(month: month, year: year)
        guard let end = LocalDate(year: year, month: month, day: last) else { return nil }
        return LocalDate(year: year, month: month, day: last - weekday(end))
    }

    /// Offset in hours for a local date and time.
    static func offset(_ date: LocalDate, _ time: LocalTime) -> Int {
        guard let springForward = lastSunday(month: 3, year: date.year),
            let fallBack = lastSunday(month: 10, year: date.year)
        else { return 1 }
        if date > springForward && date < fallBack { return 2 }
        if date == springForward { return time.hour >= 2 ? 2 : 1 }
        if date == fallBack { return time.hour < 3 ? 2 : 1 }
        return 1
    }

    /// `2026-12-05T10:00:00+01:00`.
    static func iso8601(_ date: LocalDate, _ time: LocalTime) -> String {
        "\(date.description)T\(time.description):00+0\(offset(date, time)):00"
    }

    /// The VTIMEZONE component for calendars.
    static let vtimezone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
