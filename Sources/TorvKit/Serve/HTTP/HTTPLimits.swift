/// How much of a client `torv serve` takes: how long it waits, and how many it serves at once.
/// The sizes of a request's head are `HTTPRequestHeadReader`'s (8 KB request line, 32 KB headers).
struct HTTPLimits: Sendable {
    /// A request's head must have come this many seconds after the server began to wait for it: a
    /// client that sends slowly gets 408, an idle connection is closed.
    var headSeconds = 10.0
    /// An answer must have been taken by the client within this time, or the connection is closed.
    var writeSeconds = 30.0
    /// After an answer that closes the connection, what the client still sends is read and dropped,
    /// for at most this long and this many bytes, so that the client can read the answer (closing
    /// with unread bytes would reset the connection and lose it).
    var lingerSeconds = 2.0
    var lingerBytes = 1 << 20
    /// Connections served at once; one more is answered 503 and closed.
    var connections = 256
}
