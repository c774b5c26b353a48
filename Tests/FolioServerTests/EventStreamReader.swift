import FolioTestSupport
import Foundation

/// Keeps a `/_folio/events` connection open and collects what arrives, as a browser tab would.
final class EventStreamReader: @unchecked Sendable {
    private let lock = NSLock()
    private var received = ""
    private let socketFD: Int32

    init(port: Int, path: String = "/_folio/events") throws {
        socketFD = try RawHTTPClient.connect(port: port, timeout: 30)
        try RawHTTPClient.writeAll(
            Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".utf8), to: socketFD)
        let socketFD = socketFD
        Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { return }
                let text = String(decoding: buffer[0..<count], as: UTF8.self)
                lock.withLock { received += text }
            }
        }.start()
    }

    var text: String { lock.withLock { received } }

    /// Waits until `marker` has arrived (`eventually`).
    func waitFor(_ marker: String) async -> Bool {
        await eventually { text.contains(marker) }
    }

    func close() {
        shutdown(socketFD, Int32(SHUT_RDWR))
    }

    deinit { Glibc.close(socketFD) }
}
