import Synchronization

/// Partials whose output is the same on every page of a language (the footer): rendered once per
/// language and copied after that. A partial qualifies when every name it (and each partial it
/// includes) reads is one of `names`, the fields a page's root view takes from what all pages of a
/// language share, and it has no blocks and includes no partial by a value. Its output then depends
/// only on those fields and on its indentation, as long as no section has put a view of its own
/// on the context stack around it (which could hold a field of the same name).
struct SharedPartials: Sendable {
    /// The templates that qualify.
    let templates: Set<String>
    /// The outputs rendered so far, kept with the language's shared views (`ChromeView.partials`).
    let outputs: PartialOutputs
    /// The templates' hash (`TemplateSet.key`): outputs kept from other templates are not used.
    let templatesKey: UInt64

    /// The templates of `compiled` that read only `names` (as the first part of each name).
    static func templates(in compiled: [String: [MustacheNode]], names: Set<String>) -> Set<String> {
        var shared = Set(compiled.keys)
        // Until nothing changes: a template that includes one that does not qualify does not either.
        while true {
            let failing = shared.filter { name in !(compiled[name] ?? []).allSatisfy { qualifies($0, names: names, shared: shared) } }
            if failing.isEmpty { return shared }
            shared.subtract(failing)
        }
    }

    private static func qualifies(_ node: MustacheNode, names: Set<String>, shared: Set<String>) -> Bool {
        switch node {
        case .text, .contentType:
            return true
        case .variable(let name, _):
            return reads(name, names)
        case .section(let name, let body, _):
            return reads(name, names) && body.allSatisfy { qualifies($0, names: names, shared: shared) }
        case .partial(let name, _, let overrides, let dynamic, _):
            return !dynamic && overrides == nil && shared.contains(name)
        case .block, .blockDefinition:
            return false
        }
    }

    private static func reads(_ name: MustacheName, _ names: Set<String>) -> Bool {
        guard name.start == .stack, let first = name.parts.first else { return false }
        return names.contains(first.text)
    }
}

/// The outputs of `SharedPartials` for one language, by template, indentation and templates' hash.
/// Shared by the threads rendering that language's pages.
final class PartialOutputs: Sendable {
    struct Key: Hashable {
        var template: String
        var indentation: [UInt8]
        var templatesKey: UInt64
    }

    private let outputs = Mutex<[Key: [UInt8]]>([:])

    init() {}

    func output(_ key: Key) -> [UInt8]? { outputs.withLock { $0[key] } }

    func keep(_ output: [UInt8], for key: Key) { outputs.withLock { $0[key] = output } }
}
