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

    /// The previous build's manifest: address → the file that made it ("" when unknown). Lines that
    /// do not start with `/` are skipped; a file that is not UTF-8 counts as no manifest. Read as
    /// bytes (10,000 lines split as `String`s took 30 ms, on one core).
    static func readManifest(output: String) -> [String: String] {
        guard case .read(let bytes) = FileReader.read(output + "/" + manifestName),
              String(validating: bytes, as: UTF8.self) != nil
        else { return [:] }
        var result: [String: String] = [:]
        result.reserveCapacity(bytes.count / 32)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let end = buffer[start...].firstIndex(of: 10) ?? buffer.count
                if buffer[start] == UInt8(ascii: "/") {
                    let tab = buffer[start..<end].firstIndex(of: 9) ?? end
                    let address = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<tab]), as: UTF8.self)
                    let source = tab < end ? String(decoding: UnsafeBufferPointer(rebasing: buffer[(tab + 1)..<end]), as: UTF8.self) : ""
                    result[address] = source
                }
                start = end + 1
            }
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
