/// One problem found in the input. Diagnostics are collected for the whole run, then printed.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public let severity: Severity
    /// A stable identifier for the kind of problem (e.g. `yaml-syntax`), used in JSON output and tests.
    public let code: DiagnosticCode
    public var location: SourceLocation?
    public let message: String
    /// What to do about it, in plain words.
    public let hint: String?
    /// The offending source line, shown with a caret under `location.column`.
    public var excerpt: String?
    /// The message catalogue entry that made it (see `Message`), like `cvrChecksum(_:)`.
    public let entry: String

    /// A diagnostic from a message catalogue entry (`Sources/TorvKit/Messages`), at a place in a
    /// file, optionally with the offending line. This is the only way to make one.
    public init(_ message: Message, at location: SourceLocation?, excerpt: String? = nil) {
        self.severity = message.severity
        self.code = message.code
        self.location = location
        self.message = message.text
        self.hint = message.hint
        self.excerpt = excerpt
        self.entry = message.entry
    }
}
