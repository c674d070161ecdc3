import Synchronization

/// A name a template reads (`title` in `{{page.title}}`), with its number in one table for the whole
/// program. A view finds its field by that number in an array (`ViewFields`), where it compared the
/// name with each of its fields' names, or hashed it: a tenth of the renderer's work. Names are
/// numbered when a template is compiled and when a view type's fields are first read, never per page.
struct ViewName: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    let text: String
    let id: Int

    init(_ text: String) {
        self.text = text
        id = Self.number(of: text)
    }

    init(stringLiteral text: String) { self.init(text) }

    var description: String { text }

    private static let numbers = Mutex<[String: Int]>([:])

    /// The name's number: the one it was given before, or the next free one.
    private static func number(of text: String) -> Int {
        numbers.withLock { numbers in
            if let known = numbers[text] { return known }
            numbers[text] = numbers.count
            return numbers.count - 1
        }
    }

    /// A table from name numbers to positions (`positions[i]` is where the name numbered `i` is
    /// among `names`, or -1): names numbered after it was made are none of `names` (those were
    /// numbered when it was made).
    static func positions(of names: [String]) -> [Int] {
        let ids = names.map { ViewName($0).id }
        var positions = Array(repeating: -1, count: (ids.max() ?? -1) + 1)
        for (position, id) in ids.enumerated() where positions[id] < 0 { positions[id] = position }
        return positions
    }

    /// Where this name is in a `positions(of:)` table.
    func position(in positions: [Int]) -> Int? {
        guard id < positions.count else { return nil }
        let position = positions[id]
        return position < 0 ? nil : position
    }
}
