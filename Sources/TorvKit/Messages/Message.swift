/// One entry of the message catalogue: what an editor is told, in plain words, and what to do.
///
/// The catalogue is this folder. Every diagnostic Torv reports is made by one of the static
/// functions in the `Messages+….swift` files, and nowhere else, so that all wording can be read,
/// reviewed and translated in one place. Each function is one entry; `MessageTests` builds a
/// broken input for every entry and checks the message, its position and its hint.
public struct Message: Sendable, Hashable {
    public let severity: Diagnostic.Severity
    public let code: DiagnosticCode
    /// What is wrong, starting in lowercase, without a final full stop.
    public let text: String
    /// What to do about it. Every message has one.
    public let hint: String
    /// The catalogue function that made the message, like `cvrChecksum(_:)`.
    public let entry: String

    init(_ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ text: String, hint: String, entry: String) {
        self.severity = severity
        self.code = code
        self.text = text
        self.hint = hint
        self.entry = entry
    }

    static func error(_ code: DiagnosticCode, _ text: String, hint: String, entry: String = #function) -> Message {
        Message(.error, code, text, hint: hint, entry: entry)
    }

    static func warning(_ code: DiagnosticCode, _ text: String, hint: String, entry: String = #function) -> Message {
        Message(.warning, code, text, hint: hint, entry: entry)
    }

    /// The same message as an error or as a warning, for checks whose weight depends on where they run.
    static func make(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ text: String, hint: String, entry: String = #function
    ) -> Message {
        Message(severity, code, text, hint: hint, entry: entry)
    }
}
