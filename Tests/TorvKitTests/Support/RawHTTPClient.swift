import Foundation
@testable import TorvKit

/// A client that sends bytes as they are (too long, too slow, several requests at once) to a
/// preview server on 127.0.0.1, on a thread of its own, so that a test never blocks Swift's few
/// cooperative threads (which the server's handler needs). Its waits are hang guards, not measurements.
struct RawHTTPClient: Sendable {
    let socket: PosixSocket
    /// The longest any step may wait before the test gives up on it.
    static let guardSeconds = 30.0

    /// Connects and sends `first` at once (on one thread, with no wait between the two).
    static func connect(_ port: UInt16, sending first: String = "") async throws -> RawHTTPClient {
        let socket = try await onThread {
            Result { () throws(PosixSocket.Failure) in
                let socket = try PosixSocket.connect(loopbackPort: port)
                _ = socket.send(Array(first.utf8), until: .now + .seconds(guardSeconds))
                return socket
            }
        }.get()
        return RawHTTPClient(socket: socket)
    }

    /// Sends all of `bytes`; false when the server closed the connection first.
    func send(_ bytes: [UInt8]) async -> Bool {
        await Self.onThread { [socket] in socket.send(bytes, until: .now + .seconds(Self.guardSeconds)) }
    }

    func send(_ text: String) async -> Bool { await send(Array(text.utf8)) }

    /// Everything the server sends until it closes the connection (or the guard runs out), as text;
    /// `closed` tells whether it did close.
    func readToEnd() async -> (text: String, closed: Bool) {
        await Self.onThread { [socket] in
            var bytes: [UInt8] = []
            let deadline = ContinuousClock.now + .seconds(Self.guardSeconds)
            while socket.wait(until: deadline) {
                guard let chunk = socket.receive(limit: 64 * 1024) else { continue }
                if chunk.isEmpty { return (String(decoding: bytes, as: UTF8.self), true) }
                bytes += chunk
            }
            return (String(decoding: bytes, as: UTF8.self), false)
        }
    }

    /// Tells the server that nothing more comes (as some clients do after their request).
    func finishSending() { socket.shutdownWriting() }

    func close() { socket.close() }

    /// One request (or several) on a connection of its own, sending nothing after it: the server's whole answer.
    static func exchange(_ port: UInt16, _ request: String) async throws -> (text: String, closed: Bool) {
        let client = try await connect(port)
        defer { client.close() }
        _ = await client.send(request)
        client.finishSending()
        return await client.readToEnd()
    }

    static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}
