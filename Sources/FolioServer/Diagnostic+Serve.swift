import FolioDiagnostics

extension Diagnostic {
    /// The preview server's own place in a diagnostic: its problems are with the command line
    /// (host, port), not with a file.
    static let serveLocation = SourceLocation(path: "folio serve")

    /// The port is taken, worded for the author with what to do about it.
    public static func portInUse(host: String, port: Int) -> Diagnostic {
        Diagnostic(
            serveLocation, "port \(port) on \(host) is already in use",
            hint: "stop the other server, or pick another port with --port (--port 0 picks a free one)")
    }

    /// The server could not bind for another reason (an unknown host, a privileged port).
    public static func cannotListen(host: String, port: Int, reason: String) -> Diagnostic {
        Diagnostic(serveLocation, "cannot listen on \(host):\(port): \(reason)", hint: "check --host and --port")
    }
}
