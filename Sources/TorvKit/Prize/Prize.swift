/// The CSR prize (`content/prize/prize.yaml`): what it is for, its criteria, how to nominate, winners.
public struct Prize: Sendable {
    public struct Criterion: Sendable {
        public var number: Int
        public var title: LocalizedText
        public var description: LocalizedText
        public var examples: [LocalizedText]
        public var evidence: LocalizedText?
        public var mandatory: Bool
    }

    public struct Winner: Sendable {
        public var year: Int
        public var name: String
        public var enterprise: String?
        public var citation: LocalizedText
        public var location: SourceLocation
    }

    public var sample: Bool
    public var name: LocalizedText
    public var purpose: LocalizedText
    public var eligible: LocalizedText
    public var nominators: LocalizedText
    public var howToNominate: LocalizedText
    public var nominationEmail: String?
    public var nominationURL: String?
    public var minimumMet: Int?
    public var criteria: [Criterion]
    public var opens: LocalDate?
    public var deadline: LocalDate?
    public var jury: LocalizedText?
    public var award: LocalizedText?
    public var ceremony: LocalizedText?
    public var winners: [Winner]

    public enum Status: Equatable, Sendable {
        case notYetOpen(opens: LocalDate)
        case open(deadline: LocalDate)
        case closed(deadline: LocalDate)
        case unknown
    }

    /// Whether nominations are open on `today` (the build date passed in, so output is reproducible).
    public func status(on today: LocalDate?) -> Status {
        guard let today, let opens, let deadline else { return .unknown }
        if today < opens { return .notYetOpen(opens: opens) }
        if today <= deadline { return .open(deadline: deadline) }
        return .closed(deadline: deadline)
    }
}
