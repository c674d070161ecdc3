/// Whether something is shown on the build's date, and if not, why.
public enum Visibility: Sendable, Hashable {
    case published
    case draft
    /// Shown from this date.
    case scheduled(LocalDate)
    /// Withdrawn on this date.
    case expired(LocalDate)

    public var isPublished: Bool { self == .published }
}
