import Foundation
@testable import TorvKit

/// A small site in a fresh temporary folder, built from the repository's real templates plus the
/// files a test gives. `minimal` is a complete, valid bilingual site.
struct TestSite {
    let root: URL
    /// Removes the temporary folder when the last copy of this site is gone.
    private let folder: TemporaryFolder

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let siteYAML = """
        base_url: https://example.dk/
        languages: [da, en]
        title:
          da: Prøvesite
          en: Test site
        authority:
          name: {da: Prøve Kommune, en: Test Municipality}
          address: Torvet 1, 9999 Prøveby
          phone: "+45 11 22 33 44"
          email: kontakt@example.dk
        privacy_policy: https://example.dk/privatliv
        accessibility_statement: https://was.digst.dk/example-dk
        navigation:
          - page: strategi/index
            title: {da: Strategi, en: Strategy}

        """

    static var uiStrings: [String: String] {
        let real = TestSite.repository.appendingPathComponent("content/i18n")
        return [
            "content/i18n/da.yaml": (try? String(contentsOf: real.appendingPathComponent("da.yaml"), encoding: .utf8)) ?? "",
            "content/i18n/en.yaml": (try? String(contentsOf: real.appendingPathComponent("en.yaml"), encoding: .utf8)) ?? "",
        ]
    }

    static let minimal: [String: String] = [
        "content/site.yaml": siteYAML,
        "content/index.da.md": """
            ---
            title: Forside
            summary: Velkommen til prøvesitet.
            layout: home
            ---

            Læs [strategien](strategi/index.da.md) og [målene](strategi/index.da.md#maal).

            """,
        "content/index.en.md": """
            ---
            title: Home
            summary: Welcome to the test site.
            layout: home
            ---

            Read [the strategy](strategi/index.en.md) and [the goals](strategi/index.en.md#maal).

            """,
        "content/strategi/index.da.md": """
            ---
            title: Strategi
            summary: Kommunens strategi.
            weight: 1
            date: 2025-03-14
            toc: true
            ---

            ## Vision

            Tekst om [SammenomJOB](lang:da) og [kontakt](mailto:kontakt@example.dk).

            ## Mål {#maal}

            ### Første mål

            Se [handlingerne](handlinger.da.md).

            """,
        "content/strategi/index.en.md": """
            ---
            title: Strategy
            slug: strategy
            summary: The municipality's strategy.
            weight: 1
            date: 2025-03-14
            toc: true
            ---

            ## Vision

            Text about [SammenomJOB](lang:da) and "quotes".

            ## Goals {#maal}

            ### First goal

            See [the actions](handlinger.en.md).

            """,
        "content/strategi/handlinger.da.md": """
            ---
            title: Handlinger
            summary: Seks handlinger.
            ---

            Tilbage til [strategien](index.da.md#maal).

            """,
    ]

    init(_ files: [String: String] = TestSite.minimal, withTemplates: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("torv-test-\(UUID().uuidString)")
        folder = TemporaryFolder(root)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if withTemplates {
            try FileManager.default.copyItem(
                at: TestSite.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        }
        for (path, text) in TestSite.uiStrings.merging(files, uniquingKeysWith: { $1 }) {
            try write(path, text)
        }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes a binary file (an image) into the site.
    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// A test image from `Tests/TorvKitTests/Fixtures/images/`.
    static func fixtureImage(_ name: String) throws -> [UInt8] {
        let url = repository.appendingPathComponent("Tests/TorvKitTests/Fixtures/images").appendingPathComponent(name)
        return [UInt8](try Data(contentsOf: url))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    var options: BuildOptions {
        BuildOptions(
            content: root.appendingPathComponent("content").path,
            templates: root.appendingPathComponent("templates").path,
            output: root.appendingPathComponent("site").path)
    }

    func build() -> SiteBuilder.Result { SiteBuilder.run(options, write: true) }

    /// An edit saved while a build runs (for `BuildOptions.afterLoading`): a line appended to `path`.
    func appendLine(to path: String) -> @Sendable () -> Void {
        let file = root.appendingPathComponent(path).path
        return {
            guard let handle = FileHandle(forWritingAtPath: file) else { return }
            handle.seekToEndOfFile()
            handle.write(Data("\nEn ny linje.\n".utf8))
            handle.closeFile()
        }
    }

    func check() -> SiteBuilder.Result { SiteBuilder.run(options, write: false) }

    func read(_ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent("site").appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// Every file of the output, path → bytes.
    func outputSnapshot() -> [String: Data] {
        let site = root.appendingPathComponent("site")
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: site.path) else { return result }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = site.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }

    /// Diagnostics as `file:line:column: severity: message` with the site's folder taken off the path.
    static func lines(_ diagnostics: [Diagnostic], root: URL) -> [String] {
        diagnostics.map { d in
            let location = d.location.map { loc -> String in
                var l = loc
                l.path = l.path.replacingOccurrences(of: root.path + "/", with: "")
                return l.description
            } ?? "-"
            return "\(location): \(d.severity.rawValue): \(d.code)"
        }
    }

    func lines(_ result: SiteBuilder.Result) -> [String] { TestSite.lines(result.diagnostics, root: root) }
}

/// A folder deleted with everything in it when nothing refers to it any more.
final class TemporaryFolder: Sendable {
    let url: URL

    init(_ url: URL) { self.url = url }

    deinit { try? FileManager.default.removeItem(at: url) }
}
