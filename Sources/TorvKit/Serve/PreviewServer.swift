import Foundation

/// `torv serve`: an HTTP server on 127.0.0.1 (`HTTPListener`) for a `PreviewSite`, plus a watcher that
/// rebuilds when content/ or templates/ change: inotify where the system has it, else polling.
public struct PreviewServer: Sendable {
    public let site: PreviewSite
    public let port: UInt16
    /// How often the folders are checked for changes when polling.
    public var pollInterval: Double = 0.2
    /// Polls even where inotify works (`torv serve --poll`).
    public var alwaysPoll = false
    /// How long the server waits for clients and how many it serves at once.
    var limits = HTTPLimits()

    /// How the server notices changes, told once at start (and again if inotify gives up).
    public enum Watching: Sendable {
        case inotify(description: String)
        /// Polling; with the warning that says why, when inotify was tried and failed.
        case polling(description: String, warning: Diagnostic?)
    }

    public init(site: PreviewSite, port: UInt16) {
        self.site = site
        self.port = port
    }

    /// Serves until the task is cancelled. `onRebuild` is told about every rebuild after the first.
    public func run(onListening: @escaping @Sendable (UInt16) -> Void = { _ in },
                    onWatching: @escaping @Sendable (Watching) -> Void = { _ in },
                    onRebuild: @escaping @Sendable (PreviewSite.Report) -> Void = { _ in }) async throws {
        let handler = Handler(site: site)
        let listener = try HTTPListener(port: port, limits: limits) { await handler.respond(to: $0) }
        listener.start()
        defer { listener.stop() }
        let watcher = Task { await watch(onWatching: onWatching, onRebuild: onRebuild) }
        defer { watcher.cancel() }
        onListening(listener.port)
        while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
    }

    /// Rebuilds on every change until cancelled: with inotify while it works, then by polling.
    func watch(onWatching: @Sendable (Watching) -> Void, onRebuild: @Sendable (PreviewSite.Report) -> Void) async {
        let folders = [site.options.content, site.options.templates]
        var warning: Diagnostic?
        if !alwaysPoll {
            switch InotifyWatcher.start(roots: folders) {
            case .success(let inotify):
                onWatching(.inotify(description: PreviewTexts.watchingWithInotify(folders)))
                // A save between the first build's look at the files and the watches is seen here.
                if let report = await site.rebuildIfChanged() { onRebuild(report) }
                for await changes in inotify.changes {
                    if let report = await site.rebuildIfChanged(changes) { onRebuild(report) }
                    if let lost = changes.lostWatch { warning = lost.diagnostic; break }
                }
                inotify.stop()
                if Task.isCancelled { return }
            case .failure(let failure):
                warning = failure.diagnostic
            }
        }
        onWatching(.polling(description: PreviewTexts.watchingByPolling(folders), warning: warning))
        while !Task.isCancelled {
            if let report = await site.rebuildIfChanged() { onRebuild(report) }
            try? await Task.sleep(nanoseconds: UInt64(pollInterval * 1_000_000_000))
        }
    }

    struct Handler: Sendable {
        let site: PreviewSite

        /// The answer to a request. HEAD gets the GET answer, whose body the connection leaves out
        /// (keeping its length).
        func respond(to request: HTTPRequestHead) async -> HTTPResponse {
            guard request.method == "GET" || request.method == "HEAD" else {
                return .plain(405, "Method Not Allowed", headers: [("Allow", "GET, HEAD")])
            }
            if request.path == LiveReload.path {
                let since = request.query("since").flatMap { Int($0) } ?? 0
                let version = await site.waitForChange(after: since)
                return HTTPResponse(status: 200, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")],
                    body: Array("{\"version\":\(version)}".utf8))
            }
            // The raw path, with the trailing slash that tells a folder's page from a file.
            let requested = request.path
            guard let path = PreviewPaths.file(for: requested) else { return .plain(400, "Bad path") }
            // `/strategi` → `/strategi/` when that is a page.
            if await !site.has(path), await site.has(path + "/index.html") {
                return HTTPResponse(status: 301, headers: [("Location", requested + "/")])
            }
            let (status, type, body) = await site.response(for: path)
            return HTTPResponse(status: status, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: body)
        }
    }
}
