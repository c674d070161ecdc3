extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// "Did you mean …?" suggestions for misspelt keys and values.
public enum Suggestions {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(lowered, candidate.lowercased())
            if let current = best, distance >= current.distance { continue }
            best = (candidate, distance)
        }
        guard let best else { return nil }
        let limit = max(1, min(3, word.count / 3 + 1))
        return best.distance <= limit ? best.candidate : nil
    }

    /// `did you mean 'x'? ` followed by the full list, for hints.
    public static func hint(for word: String, in candidates: [String], noun: String) -> String {
        let list = candidates.sorted().map { "'\($0)'" }.joined(separator: ", ")
        if let guess = closest(to: word, in: candidates) {
            return "did you mean '\(guess)'? The \(noun) are: \(list)."
        }
        return "the \(noun) are: \(list)."
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
