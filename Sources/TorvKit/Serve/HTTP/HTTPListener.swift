import Dispatch
import Foundation
import Synchronization

/// `torv serve`'s HTTP server: listens on 127.0.0.1 and serves each connection on a thread of its
/// own (`HTTPConnection`), so that a slow or hostile client holds its own thread and nothing else.
/// At most `limits.connections` are served at once; `stop()` ends them all.
final class HTTPListener: @unchecked Sendable {
    /// The port listened on (the system's choice when 0 was asked for).
    let port: UInt16
    private let socket: PosixSocket
    private let limits: HTTPLimits
    private let handler: @Sendable (HTTPRequestHead) async -> HTTPResponse
    private let queue = DispatchQueue(label: "torv.serve.accept")
    private let source: DispatchSourceRead
    /// The connections being served, and whether the server has stopped.
    private let state = Mutex<(open: Set<PosixSocket>, stopped: Bool)>(([], false))

    /// Listens on 127.0.0.1:`port`; throws when the port cannot be had (most often: it is taken).
    init(port: UInt16, limits: HTTPLimits, handler: @escaping @Sendable (HTTPRequestHead) async -> HTTPResponse) throws(PosixSocket.Failure) {
        let socket = try PosixSocket.listen(loopbackPort: port)
        self.socket = socket
        self.port = socket.localPort ?? port
        self.limits = limits
        self.handler = handler
        source = DispatchSource.makeReadSource(fileDescriptor: socket.descriptor, queue: queue)
        source.setCancelHandler { socket.close() }
    }

    /// Starts accepting connections.
    func start() {
        source.setEventHandler { [weak self] in self?.acceptWaiting() }
        source.resume()
    }

    /// Stops listening and ends every connection (a thread waiting for a client wakes at once).
    func stop() {
        source.cancel()
        state.withLock { state in
            state.stopped = true
            for client in state.open { client.shutdownBoth() }
        }
    }

    private func acceptWaiting() {
        while true {
            let next: PosixSocket?
            do {
                next = try socket.accept()
            } catch {
                // Out of descriptors: the connection keeps waiting, and the source would fire again at
                // once; a pause keeps this from turning into a busy loop (holding self: a source must
                // not be released while suspended).
                source.suspend()
                queue.asyncAfter(deadline: .now() + 0.1) { self.source.resume() }
                return
            }
            guard let client = next else { return }
            let admitted = state.withLock { state in
                guard !state.stopped, state.open.count < limits.connections else { return false }
                state.open.insert(client)
                return true
            }
            guard admitted else {
                // What has already come is dropped, so that the close does not reset the connection
                // before the client has read the answer.
                _ = client.receive(limit: 64 * 1024)
                _ = client.send(HTTPResponse.plain(503, "Service Unavailable: too many connections").encoded(keepAlive: false),
                                until: .now + .milliseconds(100))
                client.close()
                continue
            }
            let connection = HTTPConnection(socket: client, limits: limits, handler: handler)
            Thread {
                connection.serve()
                // Out of the set before the close, so that `stop()` never shuts a reused descriptor.
                self.state.withLock { _ = $0.open.remove(client) }
                client.close()
            }.start()
        }
    }
}
