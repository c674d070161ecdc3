/// Turns a request path into a file of the site, refusing anything that could leave it.
enum PreviewPaths {
    static func file(for requestPath: String) -> String? {
        let path = requestPath.split(separator: "?").first.map(String.init) ?? requestPath
        let decoded = path.removingPercentEncodingIfPossible
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        var parts: [String] = []
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." || part.hasPrefix(".") { return nil }
            parts.append(String(part))
        }
        let joined = parts.joined(separator: "/")
        if joined.isEmpty { return "index.html" }
        return decoded.hasSuffix("/") ? joined + "/index.html" : joined
    }
}
