/// Danish CVR numbers: eight digits, the first not 0, and a modulus-11 check with weights 2,7,6,5,4,3,2,1.
public enum CVR {
    static let weights = [2, 7, 6, 5, 4, 3, 2, 1]

    public enum Problem: Error, Equatable {
        case format
        case checksum
    }

    /// Strips a leading `DK` and spaces: `DK 1234 5678` → `12345678`.
    public static func normalise(_ text: String) -> String {
        var s = text.uppercased().filter { $0 != " " }
        if s.hasPrefix("DK") { s.removeFirst(2) }
        return s
    }

    public static func validate(_ text: String) -> Result<String, Problem> {
        let number = normalise(text)
        let digits = number.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard number.count == 8, digits.count == 8, digits[0] != 0 else { return .failure(.format) }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return sum % 11 == 0 ? .success(number) : .failure(.checksum)
    }
}
