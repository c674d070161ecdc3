/// One market day (`content/market-day/<year>.yaml`).
public struct MarketDay: Sendable {
    public enum Status: String, Sendable, CaseIterable { case scheduled, cancelled, moved }

    public struct ProgrammeItem: Sendable {
        public var start: LocalTime
        public var end: LocalTime
        public var title: LocalizedText
        public var place: LocalizedText?
        public var type: String
        public var language: String
        public var description: LocalizedText?
    }

    public struct Stand: Sendable {
        public var code: String
        public var enterprise: String?
        public var exhibitorName: String?
        public var exhibitorWebsite: String?
        public var shows: LocalizedText?
        public var location: SourceLocation
    }

    public var year: Int
    public var sample: Bool
    public var name: LocalizedText
    public var summary: LocalizedText
    public var description: LocalizedText?
    public var date: LocalDate
    public var start: LocalTime
    public var end: LocalTime
    public var status: Status
    public var previousDate: LocalDate?
    public var venueName: String
    public var street: String
    public var postcode: String
    public var town: String
    public var publicTransport: LocalizedText?
    public var parking: LocalizedText?
    public var accessibility: [String: Bool]
    public var accessibilityNotes: LocalizedText?
    public var organiserName: LocalizedText?
    public var organiserEmail: String?
    public var organiserPhone: String?
    public var programme: [ProgrammeItem]
    public var stands: [Stand]
    /// When the information was last changed (`updated:`); the calendar's DTSTAMP.
    public var updated: LocalDate?
    /// `draft`, `publish_on`, `unpublish_on` (see `Schedule`).
    public var schedule: Schedule? = nil

    public static let itemTypes = ["talk", "workshop", "tasting", "demo", "award-ceremony", "music", "guided-tour", "other"]
    public static let accessibilityKeys = ["step_free", "accessible_toilet", "hearing_loop", "seating", "quiet_area"]
}
