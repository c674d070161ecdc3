/// Which link addresses content may use: `https:`, `http:`, `mailto:`, `tel:` and relative addresses.
enum URLRules {
    enum Kind: Equatable {
        case external        // https:, http:
        case contact         // mailto:, tel:
        case relative        // no scheme
        case forbidden(String)
    }

    static func classify(_ url: String) -> Kind {
        let trimmed = url.trimmingSpaces
        // A scheme is letters, digits, +, -, . before the first ':' that comes before any '/', '?' or '#'.
        guard let colon = trimmed.utf8Index(of: UInt8(ascii: ":")) else { return .relative }
        let candidate = trimmed[..<colon]
        if candidate.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { return .relative }
        // Browsers ignore tabs, new lines and control characters inside a scheme: `java\tscript:` is `javascript:`.
        let scheme = String(candidate.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        switch scheme {
        case "https", "http": return .external
        case "mailto", "tel": return .contact
        default: return .forbidden(scheme)
        }
    }

    /// Reports a configured address that must be an absolute web address.
    static func checkExternal(_ url: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) {
        if classify(url) != .external {
            diagnostics.append(Diagnostic(.badURL(url: url), at: location))
        }
    }
}
