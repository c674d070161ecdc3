/// Sorting names the Danish way: æ, ø, å after z; `aa` as å.
enum DanishCollation {
    static func key(_ name: String) -> String {
        var key = ""
        for scalar in name.lowercased().replacingOccurrences(of: "aa", with: "å").unicodeScalars {
            switch scalar {
            case "æ", "ä": key += "{"
            case "ø", "ö": key += "|"
            case "å": key += "}"
            default: key.unicodeScalars.append(scalar)
            }
        }
        return key
    }
}
