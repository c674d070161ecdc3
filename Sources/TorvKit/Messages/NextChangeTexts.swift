/// Why the output changes on the next-change date (`torv build`'s summary and `--format json`).
enum NextChangeTexts {
    static func file(_ path: String) -> String { path }
    static func enterprise(_ id: String) -> String { "enterprise `\(id)`" }
    static func product(_ id: String) -> String { "product `\(id)`" }
    static func marketDay(_ year: Int) -> String { "market day \(year)" }
    static func published(_ what: String) -> String { "\(what) is published" }
    static func withdrawn(_ what: String) -> String { "\(what) is withdrawn" }
    static func reviewDue(_ id: String) -> String { "the review of enterprise `\(id)` falls due" }
    static func marketDayPassed(_ year: Int) -> String { "market day \(year) has passed" }
    static let nominationsOpen = "nominations open"
    static let nominationsClose = "nominations close"
}
