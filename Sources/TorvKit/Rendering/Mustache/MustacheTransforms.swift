import Foundation

/// swift-mustache's transforms, `{{empty(list)}}` and the like, on Torv's values: texts
/// (`empty`, `capitalized`, `lowercased`, `uppercased`, `reversed`), numbers (`equalzero`,
/// `plusone`, `minusone`, `even`, `odd`), lists (`first`, `last`, `reversed`, `count`, `empty`)
/// and a list position (`first`, `last`, `index`, `even`, `odd`). Anything else gives nothing.
enum MustacheTransforms {
    static func apply(_ name: String, to value: ViewValue) -> ViewValue? {
        switch value {
        case .text, .bytes: return value.textValue.flatMap { apply(name, to: $0) }
        case .number(let number): return apply(name, to: number)
        case .list(let list): return apply(name, to: list)
        case .flag, .object: return nil
        }
    }

    static func apply(_ name: String, to position: MustacheRenderer.ListPosition) -> ViewValue? {
        switch name {
        case "first": .flag(position.first)
        case "last": .flag(position.last)
        case "index": .number(position.index)
        case "even": .flag(position.index & 1 == 0)
        case "odd": .flag(position.index & 1 == 1)
        default: nil
        }
    }

    private static func apply(_ name: String, to text: String) -> ViewValue? {
        switch name {
        case "empty": .flag(text.isEmpty)
        case "capitalized": .text(text.capitalized)
        case "lowercased": .text(text.lowercased())
        case "uppercased": .text(text.uppercased())
        case "reversed": .text(String(text.reversed()))
        default: nil
        }
    }

    private static func apply(_ name: String, to number: Int) -> ViewValue? {
        switch name {
        case "equalzero": .flag(number == 0)
        case "plusone": .number(number &+ 1)
        case "minusone": .number(number &- 1)
        case "even": .flag(number & 1 == 0)
        case "odd": .flag(number & 1 == 1)
        default: nil
        }
    }

    private static func apply(_ name: String, to list: any ViewList) -> ViewValue? {
        switch name {
        case "first": list.count == 0 ? nil : list.element(at: 0)
        case "last": list.count == 0 ? nil : list.element(at: list.count - 1)
        case "reversed": .list(list.reversedList())
        case "count": .number(list.count)
        case "empty": .flag(list.count == 0)
        default: nil
        }
    }
}
