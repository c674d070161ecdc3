/// Gives every heading of a page an id that is unique on the page and stable between builds.
struct HeadingIDs {
    private var used: [String: Int] = [:]

    init() {
        // A page has a handful of headings: one allocation instead of one per doubling.
        used.reserveCapacity(8)
    }

    /// `{#id}` written by the editor wins; otherwise the id is made from the heading's text.
    mutating func id(text: String, explicit: String?) -> String {
        let base = explicit ?? SlugRules.suggest(from: text)
        if used[base] == nil {
            used[base] = 1
            return base
        }
        var n = (used[base] ?? 1) + 1
        while used["\(base)-\(n)"] != nil { n += 1 }
        used[base] = n
        used["\(base)-\(n)"] = 1
        return "\(base)-\(n)"
    }

    func isUsed(_ id: String) -> Bool { used[id] != nil }
}
