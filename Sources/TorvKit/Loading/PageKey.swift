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

    /// A page file's key and the language its name gives (`a/b.da.md` → `a/b`, `da`): `normalise`
    /// and `ContentLoader.splitPageName` at once.
    static func keyAndLanguage(ofFile path: String) -> (key: String, language: String?) {
        if let found = keyAndLanguageASCII(path) { return found }
        return (normalise(path), ContentLoader.splitPageName(path)?.1)
    }

    /// `keyAndLanguage` in one pass over the bytes, for the common name: visible ASCII, relative,
    /// ending in `.md`, with a key that is neither empty nor a folder. Nil otherwise.
    static func keyAndLanguageASCII(_ path: String) -> (key: String, language: String?)? {
        var path = path
        return path.withUTF8 { keyAndLanguageASCII(bytes: $0) }
    }

    /// `keyAndLanguageASCII` of a path given as its bytes.
    static func keyAndLanguageASCII(bytes: UnsafeBufferPointer<UInt8>) -> (key: String, language: String?)? {
        let dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")
        let count = bytes.count
        guard count > 3, bytes[0] != slash, bytes[count - 3] == dot, bytes[count - 2] == UInt8(ascii: "m"),
              bytes[count - 1] == UInt8(ascii: "d")
        else { return nil }
        var lastDot = -1, lastSlash = -1
        for index in 0..<(count - 3) {
            let byte = bytes[index]
            guard byte > 0x20 && byte < 0x7F else { return nil }
            if byte == dot { lastDot = index } else if byte == slash { lastSlash = index }
        }
        var keyEnd = count - 3
        var language: String?
        if lastDot >= 0, lastSlash < lastDot {
            let code = String(decoding: UnsafeBufferPointer(rebasing: bytes[(lastDot + 1)..<(count - 3)]), as: UTF8.self)
            if LanguageCode.isValidASCII(code) == true { keyEnd = lastDot }
            if lastDot > 0 { language = code }
        }
        guard keyEnd > 0, bytes[keyEnd - 1] != slash else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<keyEnd]), as: UTF8.self), language)
    }
}
