import Foundation
import Testing
@testable import TorvKit
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// End to end: a real server on 127.0.0.1, a client waiting on the reload channel, files edited on disk.
@Suite(.serialized) struct ServeTests {
    func get(_ url: String) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func editReloadsTheBrowserAndErrorsShowUntilFixed() async throws {
        let site = try TestSite()
        var options = site.options
        options.baseURL = "http://127.0.0.1/"
        let preview = PreviewSite(options: options)
        let first = await preview.rebuild()
        #expect(first.succeeded)
        await preview.takeFingerprint()
        let port = UInt16.random(in: 20000...40000)
        var server = PreviewServer(site: preview, port: port)
        server.pollInterval = 0.05
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let base = "http://127.0.0.1:\(port)"
        var (status, body) = (0, "")
        for _ in 0..<50 {
            if let answer = try? await get(base + "/strategi/") { (status, body) = answer; break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        #expect(status == 200)
        #expect(body.contains("torv serve: live reload"))

        // A client waits on the reload channel; a file changes; the event comes and the page is new.
        async let event = get(base + "/__torv/reload?since=1")
        try await Task.sleep(nanoseconds: 200_000_000)
        let start = Date()
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Handlinger\nsummary: S.\n---\n\nRettet tekst.\n")
        let (eventStatus, eventBody) = try await event
        #expect(eventStatus == 200 && eventBody == "{\"version\":2}")
        // The event, not the long poll's timeout (speed is measured in benchmarks/reload.py, not here).
        #expect(Date().timeIntervalSince(start) < 10, "the reload event came only when the long poll gave up")
        #expect(try await get(base + "/strategi/handlinger/").1.contains("Rettet tekst."))

        // A broken save: the error page, with file:line:column; then the next good save recovers.
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: [Handlinger\nsummary: S.\n---\n")
        _ = await preview.waitForChange(after: 2, timeout: 5)
        let broken = try await get(base + "/strategi/")
        #expect(broken.0 == 500)
        #expect(broken.1.contains("content/strategi/handlinger.da.md:2:8") && broken.1.contains("torv serve: live reload"))
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Handlinger\nsummary: S.\n---\n\nIgen.\n")
        _ = await preview.waitForChange(after: 3, timeout: 5)
        #expect(try await get(base + "/strategi/handlinger/").1.contains("Igen."))

        // Only the site's files; the site's own 404 page.
        #expect(try await get(base + "/findes-ikke/").0 == 404)
        #expect(try await get(base + "/findes-ikke/").1.contains("Siden findes ikke"))
        #expect(try await get(base + "/en/nothing/").1.contains("Page not found"))
        #expect(try await get(base + "/assets/torv.css").0 == 200)
    }

    @Test func pathsCannotLeaveTheSite() {
        #expect(PreviewPaths.file(for: "/") == "index.html")
        #expect(PreviewPaths.file(for: "/strategi/") == "strategi/index.html")
        #expect(PreviewPaths.file(for: "/assets/torv.css") == "assets/torv.css")
        #expect(PreviewPaths.file(for: "/../etc/passwd") == nil)
        #expect(PreviewPaths.file(for: "/a/%2e%2e/%2e%2e/etc/passwd") == nil)
        #expect(PreviewPaths.file(for: "/.torv-build") == nil)
        #expect(PreviewPaths.file(for: "/a%00b") == nil)
    }
}

@Suite struct EditorToolsTests {
    @Test func scaffoldsEveryKindAndRefusesToOverwrite() throws {
        let site = try TestSite()
        let content = site.root.appendingPathComponent("content").path
        for (kind, name) in [(Scaffold.Kind.page, "om/kontakt"), (.story, "ny-historie"), (.enterprise, "min-cafe"), (.marketDay, "2027")] {
            guard case .success(let files) = Scaffold.create(kind, name: name, content: content) else {
                Issue.record("\(kind) failed")
                continue
            }
            #expect(!files.isEmpty)
            guard case .failure(let problem) = Scaffold.create(kind, name: name, content: content) else {
                Issue.record("\(kind) overwrote")
                continue
            }
            #expect(problem.code == .fileExists)
        }
        // The new page pair builds (its placeholders are valid content).
        let page = try String(contentsOf: site.root.appendingPathComponent("content/om/kontakt.da.md"), encoding: .utf8)
        #expect(page.contains("# Sidens titel"))
        var diagnostics: [Diagnostic] = []
        _ = PageLoader.load(SourceFile(path: "p", text: page), relativePath: "om/kontakt.da.md", key: "om/kontakt", language: "da", diagnostics: &diagnostics)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        guard case .failure = Scaffold.create(.page, name: "Om os", content: content) else { Issue.record("bad name accepted"); return }
        // A section's index page takes the folder's name as its slug.
        guard case .success = Scaffold.create(.page, name: "om/index", content: content) else { Issue.record("index failed"); return }
        let index = try String(contentsOf: site.root.appendingPathComponent("content/om/index.da.md"), encoding: .utf8)
        #expect(index.contains("slug: om\n"))
    }

    @Test func translationsFindsMissingAndStaleAndIsCleanOtherwise() throws {
        let site = try TestSite()
        let options = site.options
        var (status, _) = TranslationStatus.make(options)
        #expect(status?.missingPages.map(\.expected).contains { $0.hasSuffix("content/strategi/handlinger.en.md") } == true)
        #expect(status?.stale.isEmpty == true)

        // Translate and mark: clean.
        try site.write("content/strategi/handlinger.en.md", "---\ntitle: Actions\nsummary: Six actions.\n---\n\nBack to [the strategy](index.en.md#maal).\n")
        for file in ["strategi/handlinger.en.md", "strategi/index.en.md", "index.en.md"] {
            guard case .success = TranslationStatus.mark(site.root.appendingPathComponent("content/" + file).path, options: options) else {
                Issue.record("mark failed")
                return
            }
        }
        (status, _) = TranslationStatus.make(options)
        #expect(status?.isClean == true)
        #expect(status?.unmarked.isEmpty == true)

        // The Danish source changes: the translation is stale.
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\nNy tekst.\n")
        (status, _) = TranslationStatus.make(options)
        #expect(status?.stale.map(\.translation) == [site.root.appendingPathComponent("content/strategi/handlinger.en.md").path])
        #expect(site.check().succeeded, "translated_from is a known front-matter key")
    }
}
