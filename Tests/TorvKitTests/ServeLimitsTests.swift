import Foundation
import Testing
@testable import TorvKit

/// `torv serve` limits what a client can make it do: a request line over 8 KB is answered 414, headers
/// over 32 KB 431, a client too slow to send its request 408, each before any more is read; the
/// connection is then closed, and nobody else waits for it. (The attack these answer: two 1 MB request
/// lines kept both cores busy and `GET /` unanswered; a 200 KB header cost 12–16 s of CPU.)
@Suite struct ServeLimitsTests {
    /// A preview server of a test site on a free port, until `stop()`.
    struct Server {
        let port: UInt16
        let task: Task<Void, any Error>
        let site: TestSite

        /// The limits, but a long wait after a refusal for what the client still sends, so that a
        /// test client slowed down by the load of the machine does not lose its answer to a reset.
        static var testLimits: HTTPLimits {
            var limits = HTTPLimits()
            limits.lingerSeconds = 20
            return limits
        }

        static func start(limits: HTTPLimits = testLimits) async throws -> Server {
            let site = try TestSite()
            let preview = PreviewSite(options: site.options)
            #expect(await preview.rebuild().succeeded)
            var server = PreviewServer(site: preview, port: 0)
            server.limits = limits
            server.alwaysPoll = true
            let (ports, listening) = AsyncStream.makeStream(of: UInt16.self)
            let task = Task { [server] in
                defer { listening.finish() }
                try await server.run(onListening: { listening.yield($0) })
            }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next(), "the server did not start")
            return Server(port: port, task: task, site: site)
        }

        func stop() { task.cancel() }

        func get(_ path: String, method: String = "GET") async throws -> (text: String, closed: Bool) {
            try await RawHTTPClient.exchange(port, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        }
    }

    // MARK: The reader, byte by byte

    func read(_ text: String, in chunks: Int = .max) -> HTTPRequestHeadReader.Progress {
        var reader = HTTPRequestHeadReader()
        var progress = HTTPRequestHeadReader.Progress.needMore
        var rest = Array(text.utf8)[...]
        while !rest.isEmpty, progress == .needMore {
            progress = reader.append(Array(rest.prefix(chunks)))
            rest = rest.dropFirst(chunks)
        }
        return progress
    }

    @Test func aRequestLineOfEightKilobytesIsReadAndOneByteMoreIsRefusedWith414() {
        let limit = HTTPRequestHeadReader.requestLineLimit
        let target = "/" + String(repeating: "a", count: limit - "GET / HTTP/1.1".count)
        guard case .head(let head) = read("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n") else {
            Issue.record("a request line of exactly \(limit) bytes was refused")
            return
        }
        #expect(head.target == target)
        #expect(read("GET \(target)a HTTP/1.1\r\nHost: x\r\n\r\n") == .refused(414))
        // Without its line end: refused as soon as more than the limit has come, in any chunks.
        #expect(read("GET /" + String(repeating: "a", count: limit), in: 1000) == .refused(414))
        #expect(read("GET /" + String(repeating: "a", count: limit), in: 1) == .refused(414))
    }

    @Test func headersOfThirtyTwoKilobytesAreReadAndMoreAreRefusedWith431() {
        let limit = HTTPRequestHeadReader.headersLimit
        // "X: …\r\n" plus the final "\r\n" fill the limit exactly.
        let header = "X: " + String(repeating: "b", count: limit - 7) + "\r\n"
        guard case .head(let head) = read("GET / HTTP/1.1\r\n" + header + "\r\n") else {
            Issue.record("headers of exactly \(limit) bytes were refused")
            return
        }
        #expect(head.headers["x"]?.count == limit - 7)
        #expect(read("GET / HTTP/1.1\r\nY: b\r\n" + header + "\r\n") == .refused(431))
        #expect(read("GET / HTTP/1.1\r\n" + String(repeating: "Z: c\r\n", count: 10_000), in: 4096) == .refused(431))
    }

    @Test func aHugeHeaderIsRefusedOnceTheLimitIsPassedNotWhenItEnds() {
        // A 200 KB header in the server's 16 KB reads: the reader refuses it at the first read past
        // 8 KB + 32 KB and is given no more (before, all of it was scanned, again for every byte).
        var reader = HTTPRequestHeadReader()
        let bytes = Array(("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "b", count: 200_000) + "\r\n\r\n").utf8)
        var given = 0
        var progress = HTTPRequestHeadReader.Progress.needMore
        while progress == .needMore, given < bytes.count {
            progress = reader.append(Array(bytes[given..<min(given + 16_384, bytes.count)]))
            given = min(given + 16_384, bytes.count)
        }
        #expect(progress == .refused(431))
        #expect(given <= HTTPRequestHeadReader.requestLineLimit + HTTPRequestHeadReader.headersLimit + 16_384)
    }

    @Test(arguments: [
        "GET /\r\n\r\n", "GET / HTTP/1.1 x\r\n\r\n", "\r\nGET / HTTP/1.1\r\n\r\n", "GET http://x/ HTTP/1.1\r\n\r\n",
        "GET / HTTP/2.0\r\n\r\n", "get / HTTP/1.1\r\n\r\n", "GET /a\rb HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nNo colon\r\n\r\n",
        "GET / HTTP/1.1\r\nA : b\r\n\r\n", "GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n",
    ])
    func malformedHeadsAreRefusedWith400(_ text: String) {
        #expect(read(text) == .refused(400))
    }

    @Test func twoRequestsInOneReadAreBothRead() {
        var reader = HTTPRequestHeadReader()
        let first = reader.append(Array("GET /a HTTP/1.1\nHost: x\n\nHEAD /b?since=3 HTTP/1.1\r\nConnection: close\r\n\r\n".utf8))
        #expect(first == .head(HTTPRequestHead(method: "GET", target: "/a", headers: ["host": "x"])))
        guard case .head(let second) = reader.append([]) else {
            Issue.record("the second request was lost")
            return
        }
        #expect(second.method == "HEAD" && second.path == "/b" && second.query("since") == "3" && !second.keepsAlive)
        #expect(reader.isEmpty)
    }

    // MARK: Over the wire

    @Test func twoMegabyteRequestLinesDoNotHoldUpTheHomePage() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        // One client is still sending its request line (64 KB so far, no line end) …
        let sending = try await RawHTTPClient.connect(server.port)
        defer { sending.close() }
        _ = await sending.send("GET /" + String(repeating: "a", count: 65_536))
        // … two send 1 MB request lines and close at once …
        async let first = Self.sendAndClose(server.port, "GET /" + String(repeating: "a", count: 1_000_000))
        async let second = Self.sendAndClose(server.port, "GET /" + String(repeating: "a", count: 1_000_000))
        _ = try await (first, second)
        // … and the home page is answered, in full.
        let home = try await server.get("/")
        #expect(home.text.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(home.text.contains("</html>"))
        // The unfinished request line was answered 414 and its connection closed (once the client
        // stops sending, or the linger limit has passed).
        sending.finishSending()
        let refused = await sending.readToEnd()
        #expect(refused.text.hasPrefix("HTTP/1.1 414 URI Too Long\r\n"), "\(refused.text.prefix(200))")
        #expect(refused.closed)
    }

    static func sendAndClose(_ port: UInt16, _ text: String) async throws {
        let client = try await RawHTTPClient.connect(port)
        _ = await client.send(text)
        client.close()
    }

    @Test func aTooLongRequestLineOrTooLargeHeadersAreAnsweredAndTheConnectionClosed() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let line = try await RawHTTPClient.exchange(server.port, "GET /" + String(repeating: "a", count: 9_000) + " HTTP/1.1\r\n\r\n")
        #expect(line.text.hasPrefix("HTTP/1.1 414 URI Too Long\r\n") && line.text.contains("Connection: close\r\n"))
        #expect(line.closed)
        let header = try await RawHTTPClient.exchange(server.port,
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "b", count: 200_000) + "\r\n\r\n")
        #expect(header.text.hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"), "\(header.text.prefix(200))")
        #expect(header.closed)
        let garbage = try await RawHTTPClient.exchange(server.port, "HELLO\r\n\r\n")
        #expect(garbage.text.hasPrefix("HTTP/1.1 400 Bad Request\r\n") && garbage.closed)
        // The server is unharmed.
        #expect(try await server.get("/").text.hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    @Test func aClientThatStopsSendingItsRequestIsAnswered408AndClosed() async throws {
        // (The usual short linger: this client sends nothing more, and waits for the close.)
        var limits = HTTPLimits()
        limits.headSeconds = 2
        let server = try await Server.start(limits: limits)
        defer { server.stop() }
        let slow = try await RawHTTPClient.connect(server.port, sending: "GET / HTTP/1.1\r\nHost: x\r\n")
        defer { slow.close() }
        let answer = await slow.readToEnd()
        #expect(answer.text.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"), "\(answer.text.prefix(200))")
        #expect(answer.closed)
        // A connection that never sends anything is closed without an answer.
        let idle = try await RawHTTPClient.connect(server.port)
        defer { idle.close() }
        let nothing = await idle.readToEnd()
        #expect(nothing.text.isEmpty && nothing.closed)
    }

    @Test func aConnectionCarriesSeveralRequestsAndHeadGetsNoBody() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let answer = try await RawHTTPClient.exchange(server.port,
            "GET /strategi/ HTTP/1.1\r\nHost: x\r\n\r\nHEAD /strategi/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(answer.closed)
        let parts = answer.text.components(separatedBy: "HTTP/1.1 200 OK\r\n").dropFirst()
        try #require(parts.count == 2, "\(answer.text.prefix(300))")
        let (get, head) = (parts[parts.startIndex], parts[parts.startIndex + 1])
        let body = get[try #require(get.range(of: "\r\n\r\n")).upperBound...]
        #expect(get.contains("Connection: keep-alive\r\n") && get.contains("Content-Length: \(body.utf8.count)\r\n"))
        // The HEAD answer: the same length, the headers' blank line, and nothing after it.
        #expect(head.contains("Content-Length: \(body.utf8.count)\r\n") && head.hasSuffix("Connection: close\r\n\r\n"))
    }

    @Test func oneConnectionMoreThanTheLimitIsAnswered503() async throws {
        var limits = Server.testLimits
        limits.connections = 1
        limits.headSeconds = 300
        let server = try await Server.start(limits: limits)
        defer { server.stop() }
        let holding = try await RawHTTPClient.connect(server.port, sending: "GET / HTTP/1.1\r\n")
        // (This client sends nothing: the answer comes before any request is read.)
        let turnedAway = try await RawHTTPClient.connect(server.port).readToEnd()
        #expect(turnedAway.text.hasPrefix("HTTP/1.1 503 Service Unavailable\r\n") && turnedAway.closed)
        holding.close()
        // Once it has gone, the next client is served (the server notices the close at its next read).
        var served = false
        for _ in 0..<100 where !served {
            served = try await server.get("/").text.hasPrefix("HTTP/1.1 200 OK\r\n")
            if !served { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(served)
    }
}
