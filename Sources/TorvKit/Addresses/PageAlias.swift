import Yams

/// An alias as written in a page's front matter.
public struct PageAlias: Sendable {
    public var address: String
    public var location: SourceLocation
}

extension PageAlias {
    /// Reads `aliases:` (a list of old addresses) from a front matter or data record.
    static func read(_ mapping: YAMLMapping, diagnostics: inout [Diagnostic]) -> [PageAlias] {
        guard let nodes = mapping.list("aliases", diagnostics: &diagnostics) else { return [] }
        var aliases: [PageAlias] = []
        for node in nodes {
            let location = mapping.document.location(of: node)
            guard case .scalar(let scalar) = node, let address = Redirects.normalise(scalar.string) else {
                diagnostics.append(Diagnostic(.redirectBadAddress(address: node.string ?? ""), at: location))
                continue
            }
            aliases.append(PageAlias(address: address, location: location))
        }
        return aliases
    }
}
