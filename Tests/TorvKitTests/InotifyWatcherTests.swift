import Foundation
import Testing
@testable import TorvKit

/// `torv serve`'s inotify watcher on a real folder: each way an editor or a tool changes files
/// gives a change event naming the file, and serve's one-page fast path still gets the page.
@Suite struct InotifyWatcherTests {
    /// A fresh folder with `content/` and `templates/`, watched.
    struct Watched {
        let root: URL
        let watcher: InotifyWatcher

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("torv-watch-\(UUID().uuidString)")
            for folder in ["content/strategi", "templates/partials"] {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try Data("---\ntitle: A\n---\n".utf8).write(to: root.appendingPathComponent("content/strategi/index.da.md"))
            switch InotifyWatcher.start(roots: [root.appendingPathComponent("content").path, root.appendingPathComponent("templates").path]) {
            case .success(let watcher): self.watcher = watcher
            case .failure(let failure): throw failure
            }
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        /// The changes seen until `done` holds for all of them together, or nil after `timeout` seconds.
        func changes(
            timeout: Double = 5, until done: @escaping @Sendable (InotifyWatcher.Changes) -> Bool
        ) async -> InotifyWatcher.Changes? {
            let stream = watcher.changes
            return await withTaskGroup(of: InotifyWatcher.Changes?.self) { group in
                group.addTask {
                    var seen = InotifyWatcher.Changes()
                    for await changes in stream {
                        seen.paths.formUnion(changes.paths)
                        seen.needsRescan = seen.needsRescan || changes.needsRescan
                        if done(seen) { return seen }
                    }
                    return nil
                }
                group.addTask {
                    try? await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                    return nil
                }
                let first = await group.next() ?? nil
                group.cancelAll()
                return first
            }
        }

        func finish() {
            watcher.stop()
            try? FileManager.default.removeItem(at: root)
        }
    }

    @Test func aWrittenFileIsAChange() async throws {
        let watched = try Watched()
        defer { watched.finish() }
        let page = watched.path("content/strategi/index.da.md")
        try Data("---\ntitle: B\n---\n".utf8).write(to: URL(fileURLWithPath: page))
        let seen = await watched.changes { $0.paths.contains(page) }
        #expect(seen?.paths.contains(page) == true)
        #expect(seen?.needsRescan == false, "a file's own change needs no look at the folders")
    }

    /// Editors save by writing a new file and renaming it over the page.
    @Test func aWriteThenRenameIsAChangeOfThePage() async throws {
        let watched = try Watched()
        defer { watched.finish() }
        let page = watched.path("content/strategi/index.da.md")
        let temporary = watched.path("content/strategi/.index.da.md.tmp-1234")
        try Data("---\ntitle: C\n---\n".utf8).write(to: URL(fileURLWithPath: temporary))
        #expect(rename(temporary, page) == 0)
        let seen = await watched.changes { $0.paths.contains(page) }
        #expect(seen?.paths.contains(page) == true)
    }

    @Test func aNewFolderWithAFileIsWatchedAndReported() async throws {
        let watched = try Watched()
        defer { watched.finish() }
        let folder = watched.path("content/nyt")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let first = folder + "/index.da.md"
        try Data("---\ntitle: Ny\n---\n".utf8).write(to: URL(fileURLWithPath: first))
        let seen = await watched.changes { $0.paths.contains(first) }
        #expect(seen?.paths.contains(first) == true)
        #expect(seen?.needsRescan == true, "a new folder asks for a full look")
        // The new folder is watched from now on: a later file in it is seen on its own.
        let second = folder + "/andet.da.md"
        try Data("---\ntitle: Andet\n---\n".utf8).write(to: URL(fileURLWithPath: second))
        let later = await watched.changes { $0.paths.contains(second) }
        #expect(later?.paths.contains(second) == true)
    }

    @Test func aDeletedFileIsAChange() async throws {
        let watched = try Watched()
        defer { watched.finish() }
        let page = watched.path("content/strategi/index.da.md")
        try FileManager.default.removeItem(atPath: page)
        let seen = await watched.changes { $0.paths.contains(page) }
        #expect(seen?.paths.contains(page) == true)
    }

    /// What the watcher reports feeds `PreviewSite`: a saved page's text goes through the one-page
    /// fast path, an editor's temporary file alone rebuilds nothing, and a new page a full build.
    @Test func changesFeedTheOnePageFastPath() async throws {
        let site = try TestSite()
        let preview = PreviewSite(options: site.options)
        #expect(await preview.rebuild().succeeded)
        await preview.takeFingerprint()
        let page = site.options.content + "/strategi/handlinger.da.md"
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\nNy tekst.\n")
        let edit = try #require(await preview.rebuildIfChanged(InotifyWatcher.Changes(paths: [page, page + "~"])))
        #expect(edit.succeeded)
        #expect(edit.statistics.pageTextEdit && edit.statistics.pagesRendered == 1)
        #expect(await preview.response(for: "strategi/handlinger/index.html").body.contains(Array("Ny tekst.".utf8)))

        try site.write("content/strategi/.handlinger.da.md.swp", "vim")
        #expect(await preview.rebuildIfChanged(InotifyWatcher.Changes(paths: [site.options.content + "/strategi/.handlinger.da.md.swp"])) == nil)

        try site.write("content/strategi/ny.da.md", "---\ntitle: Ny\nsummary: En ny side.\n---\n\nTekst.\n")
        let added = try #require(await preview.rebuildIfChanged(InotifyWatcher.Changes(paths: [site.options.content + "/strategi/ny.da.md"])))
        #expect(!added.statistics.pageTextEdit)
        #expect(await preview.response(for: "strategi/ny/index.html").status == 200)
    }
}

/// The server's watch loop: it says which watcher is in use, and polling (`--poll`, and the fallback)
/// still rebuilds on a save.
@Suite struct PreviewWatchTests {
    final class Said: @unchecked Sendable {
        let lock = NSLock()
        var watching: [PreviewServer.Watching] = []
        func add(_ w: PreviewServer.Watching) { lock.lock(); watching.append(w); lock.unlock() }
        var all: [PreviewServer.Watching] { lock.lock(); defer { lock.unlock() }; return watching }
    }

    func run(alwaysPoll: Bool) async throws -> [PreviewServer.Watching] {
        let site = try TestSite()
        let preview = PreviewSite(options: site.options)
        #expect(await preview.rebuild().succeeded)
        await preview.takeFingerprint()
        var server = PreviewServer(site: preview, port: 0)
        server.alwaysPoll = alwaysPoll
        server.pollInterval = 0.05
        let said = Said()
        let loop = Task { await server.watch(onWatching: { said.add($0) }, onRebuild: { _ in }) }
        defer { loop.cancel() }
        try await Task.sleep(nanoseconds: 300_000_000)
        try site.write("content/strategi/handlinger.da.md", "---\ntitle: Handlinger\nsummary: S.\n---\n\nGemt.\n")
        let version = await preview.waitForChange(after: 1, timeout: 5)
        #expect(version == 2, "a save must rebuild")
        #expect(await preview.response(for: "strategi/handlinger/index.html").body.contains(Array("Gemt.".utf8)))
        return said.all
    }

    @Test func inotifyIsUsedAndSaid() async throws {
        let said = try await run(alwaysPoll: false)
        guard case .inotify(let description)? = said.first else { Issue.record("said \(said)"); return }
        #expect(description.contains("with inotify"))
    }

    @Test func pollingWhenAskedIsSaidWithoutAWarning() async throws {
        let said = try await run(alwaysPoll: true)
        guard case .polling(let description, let warning)? = said.first else { Issue.record("said \(said)"); return }
        #expect(description.contains("five times a second (polling)"))
        #expect(warning == nil)
    }
}

extension Array where Element == UInt8 {
    fileprivate func contains(_ other: [UInt8]) -> Bool { Bytes.find(other, in: self) != nil }
}
