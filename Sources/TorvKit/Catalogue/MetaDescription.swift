import Foundation

/// Meta descriptions of about 160 characters, cut at a word.
enum MetaDescription {
    static func trim(_ text: String, limit: Int = 160) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
