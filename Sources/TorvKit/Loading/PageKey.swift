/// Translation keys: a page's path in `content/` without the language and `.md`.
enum PageKey {
    /// `strategi/index.da.md`, `strategi/index.md`, `strategi/index`, `/strategi/` → `strategi/index`.
    static func normalise(_ reference: String) -> String {
        normaliseASCII(reference) ?? normaliseByCharacter(reference)
    }

    /// `normalise` on bytes, for a reference all in ASCII (one byte, one character); nil otherwise.
    static func normaliseASCII(_ reference: String) -> String? {
        let trimmed = reference.trimmingSpaces
        guard trimmed.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var path = Array(trimmed.utf8)[...]
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        while path.first == slash { path = path.dropFirst() }
        if path.count >= 3, path.suffix(3).elementsEqual(".md".utf8) { path = path.dropLast(3) }
        if let at = path.lastIndex(of: dot), !path[(at + 1)...].contains(slash),
           LanguageCode.isValidASCII(String(decoding: path[(at + 1)...], as: UTF8.self)) == true {
            path = path[..<at]
        }
        var result = String(decoding: path, as: UTF8.self)
        if path.last == slash { result += "index" }
        return result.isEmpty ? "index" : result
    }

    /// `normalise` one character at a time.
    static func normaliseByCharacter(_ reference: String) -> String {
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
