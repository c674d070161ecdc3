/// Sections and names: what `{{#x}}`, `{{^x}}` and `{{x.y}}` find in the context stack.
extension MustacheRenderer {
    /// `{{#x}}`: repeated for a list's views, once for `true`, once inside any other present value.
    mutating func renderSection(_ body: [MustacheNode], value: ViewValue?, escaping: MustacheEscaping, position: ListPosition?) {
        switch value {
        case nil, .flag(false):
            return
        case .flag(true):
            render(body, escaping: escaping, position: position)
        case .list(let list):
            let count = list.count
            for index in 0..<count {
                push(list.element(at: index))
                render(body, escaping: escaping, position: ListPosition(first: index == 0, last: index == count - 1, index: index))
                pop()
            }
        case .some(let value):
            push(value)
            render(body, escaping: escaping, position: nil)
            pop()
        }
    }

    /// Puts a section's value on the context stack, counting views (`scopes`).
    private mutating func push(_ value: ViewValue) {
        if case .object = value { scopes += 1 }
        stack.append(value)
    }

    private mutating func pop() {
        if case .object = stack.removeLast() { scopes -= 1 }
    }

    /// `{{^x}}`: shown for an absent value, `false` and an empty list (which is then the context).
    mutating func renderInverted(_ body: [MustacheNode], value: ViewValue?, escaping: MustacheEscaping, position: ListPosition?) {
        switch value {
        case nil, .flag(false):
            render(body, escaping: escaping, position: position)
        case .list(let list) where list.count == 0:
            stack.append(.list(list))
            render(body, escaping: escaping, position: nil)
            stack.removeLast()
        default:
            return
        }
    }

    /// The value a tag names, its transforms applied; nil when absent.
    func value(of name: MustacheName, position: ListPosition?) -> ViewValue? {
        var value: ViewValue?
        switch name.start {
        case .top:
            value = stack.last
        case .innermost:
            value = stack.last.flatMap { Self.descend($0, name.parts[...]) }
        case .stack:
            value = lookUp(name.parts)
        case .position:
            guard let position, let first = name.transforms.first else { return nil }
            value = MustacheTransforms.apply(first, to: position)
            for transform in name.transforms.dropFirst() {
                guard let current = value else { return nil }
                value = MustacheTransforms.apply(transform, to: current)
            }
            return value
        }
        for transform in name.transforms {
            guard let current = value else { return nil }
            value = MustacheTransforms.apply(transform, to: current)
        }
        return value
    }

    /// The first context, innermost outwards, where the first part is present; the rest read from there only.
    private func lookUp(_ parts: [ViewName]) -> ViewValue? {
        guard let first = parts.first else { return nil }
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let scope) = stack[index], let found = scope.value(named: first) {
                return parts.count == 1 ? found : Self.descend(found, parts.dropFirst())
            }
            index -= 1
        }
        return nil
    }

    private static func descend(_ value: ViewValue, _ parts: ArraySlice<ViewName>) -> ViewValue? {
        var current = value
        for part in parts {
            guard case .object(let scope) = current, let next = scope.value(named: part) else { return nil }
            current = next
        }
        return current
    }
}
