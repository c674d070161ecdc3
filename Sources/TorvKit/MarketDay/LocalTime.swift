/// A clock time of day (`"10:30"`), local to Europe/Copenhagen.
public struct LocalTime: Sendable, Hashable, Comparable {
    public var hour: Int
    public var minute: Int

    public init?(_ text: String) {
        let parts = text.trimmingSpaces.split(separator: ":")
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
            (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        hour = h
        minute = m
    }

    public var description: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
    public var minutes: Int { hour * 60 + minute }
    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.minutes < b.minutes }
}
