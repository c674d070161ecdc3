/// Translation keys: a page's path in `content/` without the language and `.md`.
enum PageKey {
    /// `strategi/index.da.md`, `strategi/index.md`, `strategi/index`, `/strategi/` → `strategi/index`.
    static func normalise(_ reference: String) -> String {
        var path = reference.trimmingSpaces
        while path.hasPrefix("/") { path.removeFirst() }
        if path.hasSuffix(".md") { path.removeLast(3) }
        if let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")), LanguageCode.isValid(String(path[path.utf8.index(after: dot)...])),
            !path.utf8[path.utf8.index(after: dot)...].contains(UInt8(ascii: "/"))
        {
            path = String(path[..<dot])
        }
        if path.hasSuffix("/") { path += "index" }
        if path.isEmpty { path = "index" }
        return path
    }
}
