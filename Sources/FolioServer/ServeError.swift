/// Why the preview server could not start, worded for the author with what to do about it.
public enum ServeError: Error, Sendable, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case let .portInUse(host, port):
            "error: port \(port) on \(host) is already in use\n  help: stop the other server, or pick another port with --port (--port 0 picks a free one)"
        case let .cannotListen(host, port, reason):
            "error: cannot listen on \(host):\(port): \(reason)\n  help: check --host and --port"
        }
    }
}
