/// Language codes such as `da`, `en`, `de-AT`.
enum LanguageCode {
    static func isValid(_ code: String) -> Bool {
        isValidASCII(code) ?? isValidByCharacter(code)
    }

    /// `isValid` one character at a time.
    static func isValidByCharacter(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// `isValid` on bytes for a code all in ASCII (every code Torv accepts is); nil otherwise.
    static func isValidASCII(_ code: String) -> Bool? {
        var part = 0, length = 0
        for byte in code.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: "-") {
                guard part == 0 ? (2...3).contains(length) : (1...8).contains(length) else { return false }
                (part, length) = (part + 1, 0)
                continue
            }
            let lower = byte >= 0x61 && byte <= 0x7A
            guard part == 0 ? lower : (lower || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)) else { return false }
            length += 1
        }
        return part == 0 ? (2...3).contains(length) : (1...8).contains(length)
    }
}
