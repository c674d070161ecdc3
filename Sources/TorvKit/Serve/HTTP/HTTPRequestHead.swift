import Foundation

/// A request's first line and headers, as `torv serve` reads them (`HTTPRequestHeadReader` has
/// already kept them within their limits). The server answers GET and HEAD and reads no bodies.
struct HTTPRequestHead: Sendable, Equatable {
    var method: String
    /// The target as sent: path and query, still percent-encoded.
    var target: String
    var version: String
    /// Header names in lower case; a repeated header's values joined with ", ".
    var headers: [String: String]

    init(method: String, target: String, version: String = "HTTP/1.1", headers: [String: String] = [:]) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// The path part of the target (before `?`).
    var path: String { String(target.prefix { $0 != "?" }) }

    /// The value of query parameter `name`, as sent.
    func query(_ name: String) -> String? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        for pair in target[target.index(after: mark)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first.map(String.init) == name { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }

    /// The request announces a body (which the server does not read, so the connection cannot be used again).
    var hasBody: Bool {
        headers["transfer-encoding"] != nil || (headers["content-length"].map { $0 != "0" } ?? false)
    }

    /// Whether the client may send another request on the connection after this one.
    var keepsAlive: Bool {
        let connection = headers["connection"]?.lowercased() ?? ""
        guard version == "HTTP/1.1", !hasBody else { return false }
        return !connection.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "close" }
    }

    /// Parses a head: the request line and header lines, each without its line end. Nil when it is
    /// not HTTP/1.x in origin form (`GET /path HTTP/1.1`) or a header line is malformed.
    static func parse(requestLine: Substring, headerLines: [Substring]) -> HTTPRequestHead? {
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isLetter && $0.isUppercase }),
              parts[1].hasPrefix("/"), parts[2].hasPrefix("HTTP/1."),
              // No spaces or control characters in the target (a carriage return could end a header it is copied into).
              parts[1].unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else { return nil }
        var headers: [String: String] = [:]
        for line in headerLines {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon]
            // No space before the colon, and no folded (indented) continuation lines (RFC 9112 §5).
            guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "\t" }) else { return nil }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let key = name.lowercased()
            headers[key] = headers[key].map { $0 + ", " + value } ?? value
        }
        return HTTPRequestHead(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers)
    }
}
