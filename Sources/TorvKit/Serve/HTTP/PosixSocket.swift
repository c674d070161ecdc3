import Glibc

/// A TCP socket of `torv serve`'s HTTP server. This is the only file that calls the system's socket
/// functions (and so the only file of the server with C pointers); Swift's Glibc module has all it
/// needs, so there is no C file. Every read and write waits with `poll` up to a deadline and then
/// does not block, so no client can hold a thread longer than the deadline it was given.
struct PosixSocket: Sendable, Hashable {
    let descriptor: Int32

    /// A system call that failed: its name and the system's explanation (`strerror`).
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    /// A listening socket on 127.0.0.1 (IPv4 loopback only; 0 takes any free port). It does not
    /// block: `accept` answers at once.
    static func listen(loopbackPort port: UInt16, backlog: Int32 = 128) throws(Failure) -> PosixSocket {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue | SOCK_NONBLOCK.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(call: "socket", code: errno) }
        let listener = PosixSocket(descriptor: descriptor)
        var reuse: Int32 = 1
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        let failure: Failure? =
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size)) != 0
            ? Failure(call: "setsockopt", code: errno)
            : bound != 0 ? Failure(call: "bind", code: errno)
            : Glibc.listen(descriptor, backlog) != 0 ? Failure(call: "listen", code: errno) : nil
        if let failure {
            listener.close()
            throw failure
        }
        return listener
    }

    /// A connection to 127.0.0.1:`port` (the tests' client; the server itself never connects).
    static func connect(loopbackPort port: UInt16) throws(Failure) -> PosixSocket {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(call: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let failure = Failure(call: "connect", code: errno)
            _ = Glibc.close(descriptor)
            throw failure
        }
        return PosixSocket(descriptor: descriptor)
    }

    /// The port the socket is bound to.
    var localPort: UInt16? {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return result == 0 ? UInt16(bigEndian: address.sin_port) : nil
    }

    /// The next waiting connection of a listening socket, or nil when there is none; throws when
    /// one waits but cannot be taken (most often: the process has no descriptors left).
    func accept() throws(Failure) -> PosixSocket? {
        // Swift's Glibc module has no accept4: close-on-exec is set after.
        let client = Glibc.accept(descriptor, nil, nil)
        if client < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED { return nil }
        guard client >= 0 else { throw Failure(call: "accept", code: errno) }
        _ = fcntl(client, F_SETFD, FD_CLOEXEC)
        return PosixSocket(descriptor: client)
    }

    /// Waits until the socket can be read (`forWriting`: written), it has failed, or `deadline`
    /// passes; true unless the deadline passed.
    func wait(forWriting: Bool = false, until deadline: ContinuousClock.Instant) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(forWriting ? POLLOUT : POLLIN), revents: 0)
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            let milliseconds = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1, 60_000))
            let ready = poll(&entry, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0, errno != EINTR { return true }
        }
    }

    /// Up to `limit` bytes that have arrived, without waiting: empty when the client has closed the
    /// connection or it failed, nil when nothing has arrived yet.
    func receive(limit: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: limit)
        let count = bytes.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, limit, Int32(MSG_DONTWAIT)) }
        if count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return nil }
        return Array(bytes.prefix(max(count, 0)))
    }

    /// Writes all of `bytes` before `deadline`; false when the client has gone, failed or is too slow.
    func send(_ bytes: [UInt8], until deadline: ContinuousClock.Instant) -> Bool {
        var sent = 0
        while sent < bytes.count {
            guard wait(forWriting: true, until: deadline) else { return false }
            let count = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress.map { $0 + sent }, bytes.count - sent, Int32(MSG_DONTWAIT | MSG_NOSIGNAL))
            }
            if count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Tells the client that nothing more comes (a FIN), keeping the socket open for reading.
    func shutdownWriting() { _ = shutdown(descriptor, Int32(SHUT_WR)) }

    /// Ends the connection at once, waking a thread that waits on it (used when the server stops).
    func shutdownBoth() { _ = shutdown(descriptor, Int32(SHUT_RDWR)) }

    func close() { _ = Glibc.close(descriptor) }
}
