import Foundation

/// The addresses a site has published, from two places: the list committed beside `content/`
/// (`published-addresses.txt`, one address per line, sorted; `torv addresses --update` writes it), so
/// CI on a fresh clone knows them, and the manifest in the output folder of the site a build replaces
/// (`.torv-addresses`: address, a tab, the file that made it).
public enum PublishedAddresses {
    public static let listName = "published-addresses.txt"
    public static let manifestName = ".torv-addresses"

    /// The list's path: beside the content folder.
    public static func listPath(content: String) -> String {
        URL(fileURLWithPath: content).deletingLastPathComponent().appendingPathComponent(listName).path
    }

    /// The list's addresses with their line numbers; nil when there is no list.
    static func readList(content: String) -> [(address: String, line: Int)]? {
        guard let text = try? String(contentsOfFile: listPath(content: content), encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let address = line.trimmingCharacters(in: .whitespaces)
            return address.isEmpty || address.hasPrefix("#") ? nil : (address, index + 1)
        }
    }

    /// The previous build's manifest: address → the file that made it ("" when unknown).
    static func readManifest(output: String) -> [String: String] {
        guard let text = try? String(contentsOfFile: output + "/" + manifestName, encoding: .utf8) else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if let address = parts.first, address.hasPrefix("/") { result[address] = parts.count > 1 ? parts[1] : "" }
        }
        return result
    }

    /// The list's text for `addresses`.
    public static func listText(_ addresses: [String]) -> String {
        addresses.sorted().map { $0 + "\n" }.joined()
    }

    /// The addresses of a build's pages: every `…/index.html` but the 404 pages.
    static func addresses(of paths: [String]) -> [String] {
        paths.filter { $0.hasSuffix("index.html") }.map { "/" + $0.dropLast("index.html".count) }
    }
}
