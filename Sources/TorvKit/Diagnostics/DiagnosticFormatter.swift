import Foundation

/// Turns diagnostics into text for people (`text`), for tools (`json`) or for GitHub Actions annotations.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case json
    case github

    public func format(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text: return diagnostics.map(Self.text).joined()
        case .json: return Self.json(diagnostics)
        case .github: return diagnostics.map(Self.github).joined()
        }
    }

    static func text(_ d: Diagnostic) -> String {
        var out = ""
        if let location = d.location { out += visible(location.description) + ": " }
        out += "\(d.severity.rawValue): \(visible(d.message))\n"
        if let excerpt = d.excerpt, let location = d.location, location.line > 0 {
            let (shown, caret) = window(excerpt, column: location.column)
            let gutter = String(location.line)
            // Control characters before the caret widen as they are shown (`\u{1b}`).
            let widened = visible(String(shown.prefix(max(0, caret - 1)))).count
            out += " \(gutter) | \(visible(shown))\n"
            out += " \(String(repeating: " ", count: gutter.count)) | \(String(repeating: " ", count: widened))^\n"
        }
        if let hint = d.hint { out += "  hint: \(visible(hint))\n" }
        return out
    }

    /// Control characters (and the invisible ones that reorder text) written as `\u{1b}`: a value or
    /// file name from the content must not move the cursor, clear lines or recolour a terminal or a CI log.
    static func visible(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isInvisible) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if isInvisible(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" { return false }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// At most about 100 characters of a long line, around the column, with `…` where cut.
    static func window(_ line: String, column: Int, width: Int = 100) -> (String, Int) {
        let characters = Array(line)
        guard characters.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - width / 2, characters.count - width))
        let end = min(characters.count, start + width)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        return (prefix + String(characters[start..<end]) + suffix, column - start + prefix.count)
    }

    static func github(_ d: Diagnostic) -> String {
        var properties: [String] = []
        if let location = d.location {
            properties.append("file=\(escapeProperty(visible(location.path)))")
            if location.line > 0 { properties.append("line=\(location.line)") }
            if location.column > 0 { properties.append("col=\(location.column)") }
        }
        properties.append("title=\(escapeProperty("torv: " + d.code.rawValue))")
        var message = visible(d.message)
        if let hint = d.hint { message += "\nhint: " + visible(hint) }
        let command = d.severity == .error ? "error" : "warning"
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// `torv build --format json`: `{"diagnostics": [...], "next_change": {"date", "reason", "reasons"} or null}`.
    public static func buildJSON(_ diagnostics: [Diagnostic], nextChange: NextChange?) -> String {
        let next: JSONValue = nextChange.map { change in
            .object(["date": .string("\(change.date)"), "reason": .string(change.reason), "reasons": .array(change.reasons.map(JSONValue.string))])
        } ?? .null
        let object = JSONValue.object(["diagnostics": .array(jsonObjects(diagnostics)), "next_change": next])
        return String(decoding: object.encoded(pretty: true), as: UTF8.self) + "\n"
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        let objects = jsonObjects(diagnostics)
        if objects.isEmpty { return "[]\n" }
        return String(decoding: JSONValue.array(objects).encoded(pretty: true), as: UTF8.self) + "\n"
    }

    static func jsonObjects(_ diagnostics: [Diagnostic]) -> [JSONValue] {
        diagnostics.map { d in
            var object: [String: JSONValue] = ["severity": .string(d.severity.rawValue), "code": .string(d.code.rawValue), "message": .string(d.message)]
            if let location = d.location {
                object["file"] = .string(location.path)
                object["line"] = .int(location.line)
                object["column"] = .int(location.column)
            }
            if let hint = d.hint { object["hint"] = .string(hint) }
            return .object(object)
        }
    }

    // GitHub workflow command escaping.
    private static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
