import FlyingFox
import Foundation

/// `torv serve`: an HTTP server on 127.0.0.1 (FlyingFox) for a `PreviewSite`, plus a watcher that
/// rebuilds when content/ or templates/ change: inotify where the system has it, else polling.
public struct PreviewServer: Sendable {
    public let site: PreviewSite
    public let port: UInt16
    /// How often the folders are checked for changes when polling.
    public var pollInterval: Double = 0.2
    /// Polls even where inotify works (`torv serve --poll`).
    public var alwaysPoll = false

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
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 60, logger: .disabled, handler: Handler(site: site))
        let watcher = Task { await watch(onWatching: onWatching, onRebuild: onRebuild) }
        defer { watcher.cancel() }
        let listening = Task {
            try await server.waitUntilListening()
            if case .ip4(_, let actual) = await server.listeningAddress { onListening(actual) } else { onListening(port) }
        }
        defer { listening.cancel() }
        try await withTaskCancellationHandler {
            try await server.run()
        } onCancel: {
            Task { await server.stop(timeout: 1) }
        }
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

    struct Handler: HTTPHandler {
        let site: PreviewSite

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard request.method == .GET || request.method == .HEAD else { return HTTPResponse(statusCode: .methodNotAllowed) }
            let response = try await get(request)
            guard request.method == .HEAD else { return response }
            return Self.head(response)
        }

        /// The answer to HEAD: the GET answer's status and headers (with its length), and no body.
        static func head(_ response: HTTPResponse) -> HTTPResponse {
            var headers = response.headers
            if case .httpBody(let body) = response.payload, headers[.contentLength] == nil, let count = body.count {
                headers[.contentLength] = String(count)
            }
            return HTTPResponse(statusCode: response.statusCode, headers: headers, body: Data())
        }

        func get(_ request: HTTPRequest) async throws -> HTTPResponse {
            if request.path == LiveReload.path {
                let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) } ?? 0
                let version = await site.waitForChange(after: since)
                return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"],
                    body: Data("{\"version\":\(version)}".utf8))
            }
            // The raw target keeps the trailing slash that `request.path` drops.
            let requested = request.target.path(percentEncoded: true)
            guard let path = PreviewPaths.file(for: requested) else {
                return HTTPResponse(statusCode: .badRequest, body: Data("Bad path".utf8))
            }
            // `/strategi` → `/strategi/` when that is a page.
            if await !site.has(path), await site.has(path + "/index.html") {
                return HTTPResponse(statusCode: .movedPermanently, headers: [.location: requested + "/"])
            }
            let (status, type, body) = await site.response(for: path)
            return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: status == 200 ? "OK" : status == 404 ? "Not Found" : "Error"),
                headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: Data(body))
        }
    }
}
