/// Collects a request's head (its first line and headers) from the bytes a client sends, looking at
/// each byte once, and refuses it as soon as it passes a limit: a request line over 8 KB is
/// answered 414, headers over 32 KB together 431. It never holds more than the limits and one read
/// beyond them, so a client that sends megabytes costs no more than one that sends 40 KB.
struct HTTPRequestHeadReader {
    static let requestLineLimit = 8 * 1024
    static let headersLimit = 32 * 1024

    enum Progress: Equatable {
        case needMore
        case head(HTTPRequestHead)
        /// The status to answer before closing: 400 (malformed), 414 (request line) or 431 (headers).
        case refused(Int)
    }

    /// What has arrived and is not yet part of a finished head (after a head: the next request's start).
    private var buffer: [UInt8] = []
    /// How far `buffer` has been looked at.
    private var scanned = 0
    /// Just after the request line's line feed, once it has come.
    private var lineEnd: Int?
    private var lastLineFeed: Int?

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// True when nothing of a next request has arrived.
    var isEmpty: Bool { buffer.isEmpty }

    /// Adds bytes (none: looks at what is left from the last head) and says how far the head is.
    mutating func append(_ bytes: [UInt8]) -> Progress {
        buffer += bytes
        while scanned < buffer.count {
            let index = scanned
            scanned += 1
            guard buffer[index] == Self.lineFeed else { continue }
            let lineStart = lastLineFeed.map { $0 + 1 } ?? 0
            let length = index - lineStart - (index > lineStart && buffer[index - 1] == Self.carriageReturn ? 1 : 0)
            lastLineFeed = index
            guard let lineEnd else {
                if length > Self.requestLineLimit { return .refused(414) }
                lineEnd = index + 1
                continue
            }
            if index + 1 - lineEnd > Self.headersLimit { return .refused(431) }
            if length == 0 { return finish(at: index + 1) }
        }
        if lineEnd == nil, buffer.count > Self.requestLineLimit + 1 { return .refused(414) }
        if let lineEnd, buffer.count - lineEnd > Self.headersLimit { return .refused(431) }
        return .needMore
    }

    /// Parses the head that ends at `end` and keeps what follows for the next request.
    private mutating func finish(at end: Int) -> Progress {
        var lines = buffer[..<end].split(separator: Self.lineFeed, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == Self.carriageReturn ? line.dropLast() : line, as: UTF8.self)[...]
        }
        // The last two are the empty line that ends the head and the nothing after its line feed.
        lines.removeLast(2)
        buffer = Array(buffer[end...])
        scanned = 0
        lineEnd = nil
        lastLineFeed = nil
        guard let requestLine = lines.first,
              let head = HTTPRequestHead.parse(requestLine: requestLine, headerLines: Array(lines.dropFirst())) else {
            return .refused(400)
        }
        return .head(head)
    }
}
