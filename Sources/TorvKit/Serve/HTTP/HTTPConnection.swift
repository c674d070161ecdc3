import Dispatch

/// One client of `torv serve`, served on a thread of its own: reads a request's head within the
/// limits (a client that is too slow, or sends too much, is answered and dropped before anything
/// else is done), has the handler answer it, and goes on while the client keeps the connection.
/// When the client leaves, the connection notices at its next read and stops.
struct HTTPConnection: Sendable {
    let socket: PosixSocket
    let limits: HTTPLimits
    let handler: @Sendable (HTTPRequestHead) async -> HTTPResponse

    /// Serves requests until the connection ends; the caller closes the socket.
    func serve() {
        var reader = HTTPRequestHeadReader()
        while let progress = readHead(&reader) {
            switch progress {
            case .needMore:
                return
            case .refused(let status):
                _ = socket.send(Self.refusal(status).encoded(keepAlive: false), until: deadline(limits.writeSeconds))
                linger()
                return
            case .head(let head):
                let response = answer(head)
                let keepAlive = head.keepsAlive
                let bytes = response.encoded(withBody: head.method != "HEAD", keepAlive: keepAlive)
                guard socket.send(bytes, until: deadline(limits.writeSeconds)) else { return }
                if !keepAlive {
                    linger()
                    return
                }
            }
        }
    }

    /// The next head, a refusal (408 when it does not come in time), or nil when the client has
    /// closed the connection or left it idle.
    func readHead(_ reader: inout HTTPRequestHeadReader) -> HTTPRequestHeadReader.Progress? {
        let until = deadline(limits.headSeconds)
        var progress = reader.append([])
        while progress == .needMore {
            guard socket.wait(until: until) else { return reader.isEmpty ? nil : .refused(408) }
            guard let bytes = socket.receive(limit: 16 * 1024) else { continue }
            if bytes.isEmpty { return nil }
            progress = reader.append(bytes)
        }
        return progress
    }

    /// The handler's answer. The handler is async (it asks the site, or waits for the next version);
    /// this thread waits for it.
    func answer(_ head: HTTPRequestHead) -> HTTPResponse {
        let box = AnswerBox()
        let done = DispatchSemaphore(value: 0)
        Task { [handler] in
            box.response = await handler(head)
            done.signal()
        }
        done.wait()
        return box.response ?? .plain(500, "Internal Server Error")
    }

    /// Tells the client that the answer is complete, then reads and drops what it still sends (within
    /// the linger limits), so that closing does not reset the connection before it has read the answer.
    func linger() {
        socket.shutdownWriting()
        let until = deadline(limits.lingerSeconds)
        var dropped = 0
        while dropped < limits.lingerBytes, socket.wait(until: until) {
            guard let bytes = socket.receive(limit: 64 * 1024) else { continue }
            if bytes.isEmpty { return }
            dropped += bytes.count
        }
    }

    static func refusal(_ status: Int) -> HTTPResponse {
        switch status {
        case 408: .plain(408, "Request Timeout: the request did not arrive in time")
        case 414: .plain(414, "URI Too Long: the request line may be at most \(HTTPRequestHeadReader.requestLineLimit) bytes")
        case 431: .plain(431, "Request Header Fields Too Large: the headers may be at most \(HTTPRequestHeadReader.headersLimit) bytes together")
        default: .plain(status, "Bad Request")
        }
    }

    func deadline(_ seconds: Double) -> ContinuousClock.Instant { .now + .seconds(seconds) }

    /// The handler's answer on its way from the handler's task to the connection's thread (the
    /// semaphore orders the write before the read).
    private final class AnswerBox: @unchecked Sendable {
        var response: HTTPResponse?
    }
}
