import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP socket on 127.0.0.1, for talking to the service byte by byte the way a slow or
/// hostile client would. Every receive waits at most `timeout`, so no test can hang on it, and
/// waits on a Dispatch thread: the service under test shares Swift's few cooperative threads.
/// Used by one test at a time.
final class LoopbackSocket: @unchecked Sendable {
    enum Received: Equatable {
        case data(String)
        case closed
        case nothingYet
    }

    private var descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close() }

    /// Closes the connection.
    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    /// A connection to `port`.
    static func connect(to port: Int, timeout: Double = 0.25) throws -> LoopbackSocket {
        let socket = LoopbackSocket(descriptor: Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0))
        var seconds = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(socket.descriptor, SOL_SOCKET, SO_RCVTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
        var address = loopback(port: port)
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket.descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else { throw POSIXError(.ECONNREFUSED) }
        return socket
    }

    /// A socket listening on a free port, and the port.
    static func listening() throws -> (LoopbackSocket, port: Int) {
        let socket = LoopbackSocket(descriptor: Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0))
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket.descriptor, $0, length) == 0 && listen(socket.descriptor, 4) == 0
                    && getsockname(socket.descriptor, $0, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return (socket, Int(UInt16(bigEndian: address.sin_port)))
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// Sends `text`; false once the other side has closed.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return Glibc.send(descriptor, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count
    }

    /// What arrives within the timeout.
    func receive() async -> Received { await offCooperativePool { self.receiveNow() } }

    /// Reads until the connection closes or `attempts` timeouts pass with nothing new; the text so far.
    func receiveAll(attempts: Int) async -> (text: String, closed: Bool) {
        await offCooperativePool { self.receiveAllNow(attempts: attempts) }
    }

    private func offCooperativePool<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { done in DispatchQueue.global().async { done.resume(returning: work()) } }
    }

    private func receiveNow() -> Received {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        if count > 0 { return .data(String(decoding: buffer.prefix(count), as: UTF8.self)) }
        if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) { return .closed }
        return .nothingYet
    }

    private func receiveAllNow(attempts: Int) -> (text: String, closed: Bool) {
        var text = ""
        for _ in 0..<attempts {
            switch receiveNow() {
            case .data(let more): text += more
            case .closed: return (text, true)
            case .nothingYet: if !text.isEmpty { return (text, false) }
            }
        }
        return (text, false)
    }
}
