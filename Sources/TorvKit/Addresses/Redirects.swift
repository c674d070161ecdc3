import Yams
import Foundation

enum Redirects {
    static let file = "redirects.yaml"

    /// `/a/b` → `/a/b/`; `a/b/` → `/a/b/`. Nil for an address with a scheme, a query or a fragment.
    static func normalise(_ address: String) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains("://"), !trimmed.contains("?"), !trimmed.contains("#"), !trimmed.contains(" ")
        else { return nil }
        var path = trimmed.hasPrefix("/") ? trimmed : "/" + trimmed
        if !path.hasSuffix("/"), !path.split(separator: "/").last.map({ $0.contains(".") }).orFalse { path += "/" }
        return path
    }

    /// The aliases of the pages, each leading to its page.
    static func aliases(of plan: SitePlan) -> [Redirect] {
        plan.pages.flatMap { page in
            page.source.frontMatter.aliases.map { Redirect(from: $0.address, to: "/" + page.path, location: $0.location) }
        }
    }

    /// The aliases of the catalogue's enterprises, each leading to the enterprise's page in the
    /// language of the old address (its first folder names a language; else the default language).
    static func aliases(of sections: [any SiteSection], plan: SitePlan) -> [Redirect] {
        guard let catalogue = sections.lazy.compactMap({ $0 as? CatalogueSection }).first else { return [] }
        let others = Set(plan.config.languages.filter { $0 != plan.config.defaultLanguage })
        return catalogue.catalogue.enterprises.flatMap { enterprise in
            enterprise.aliases.compactMap { alias -> Redirect? in
                let first = alias.address.split(separator: "/").first.map(String.init) ?? ""
                let language = others.contains(first) ? first : plan.config.defaultLanguage
                guard let path = catalogue.addresses.enterprise(enterprise.id, language) else { return nil }
                return Redirect(from: alias.address, to: "/" + path, location: alias.location)
            }
        }
    }

    /// Reads `content/redirects.yaml`: a list of `{from, to}` or `{from, gone: true}`.
    static func load(_ directory: ContentDirectory, diagnostics: inout [Diagnostic]) -> [Redirect] {
        guard FileWriter.exists(directory.absolutePath(file)),
            let source = directory.readText(file, diagnostics: &diagnostics),
            let document = YAMLDocument.parse(source.text, in: source, diagnostics: &diagnostics)
        else { return [] }
        guard case .sequence(let items) = document.root else {
            if document.root != nil {
                diagnostics.append(Diagnostic(.redirectsNotAList(), at: source.location(line: 1, column: 1)))
            }
            return []
        }
        var redirects: [Redirect] = []
        for item in items {
            guard case .mapping(let mapping) = item else {
                diagnostics.append(Diagnostic(.redirectsNotAList(), at: document.location(of: item)))
                continue
            }
            let entry = YAMLMapping(document: document, mapping: mapping, location: document.location(of: item))
            let fromText = entry.string("from", required: true, diagnostics: &diagnostics)
            let toText = entry.string("to", diagnostics: &diagnostics)
            let gone = entry.bool("gone", diagnostics: &diagnostics) ?? false
            entry.reportUnknownKeys(in: "a redirect", diagnostics: &diagnostics)
            guard let fromText else { continue }
            guard let from = normalise(fromText) else {
                diagnostics.append(Diagnostic(.redirectBadAddress(address: fromText), at: entry.location(ofValue: "from")))
                continue
            }
            if gone == (toText != nil) {
                diagnostics.append(Diagnostic(.redirectToOrGone(from: from), at: entry.location))
                continue
            }
            var to: String?
            if let toText {
                guard let address = normalise(toText) else {
                    diagnostics.append(Diagnostic(.redirectBadAddress(address: toText), at: entry.location(ofValue: "to")))
                    continue
                }
                to = address
            }
            redirects.append(Redirect(from: from, to: to, location: entry.location(ofValue: "from")))
        }
        return redirects
    }
}

extension Optional<Bool> {
    fileprivate var orFalse: Bool { self ?? false }
}
