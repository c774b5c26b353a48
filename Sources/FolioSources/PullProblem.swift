import FolioDiagnostics
import FolioDirectives
import FolioQuery
import Foundation
import NIOCore
import NIOPosix
import PostgresNIO

/// Turns what the driver throws into one readable line: which source, where (host and port, or socket),
/// what happened and what to check; a SQL error at its line and column in the query file.
///
/// Built from the error's code, SQLSTATE and the server's message only: nothing here ever sees the URL,
/// so no password can reach a message.
enum PullProblem {
    static func diagnostic(_ error: any Error, source: Source, url: PostgresURL, query: NamedQueries.File?)
        -> Diagnostic
    {
        let at = query.map { SourceLocation(path: $0.path, line: 1, column: 1) } ?? source.location
        let who = "source '\(source.name)' (\(url.place))"
        guard let error = error as? PSQLError else {
            return Diagnostic(at, "\(who): \(error)")
        }
        switch error.code {
        case .server:
            return server(error, source: source, url: url, query: query, at: at, who: who)
        case .sslUnsupported:
            return Diagnostic(
                source.location, "\(who) does not offer TLS, and the URL asks for sslmode=\(url.tls.rawValue)",
                hint: "check that the host and port are the database's; use sslmode=prefer only on a trusted network")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return Diagnostic(
                source.location, "\(who): the TLS handshake failed",
                hint: "check the server's certificate and the URL's sslmode")
        case .authMechanismRequiresPassword:
            return Diagnostic(
                source.location, "\(who) asks for a password and the URL has none",
                hint: "put the password in the URL held by the environment variable, postgres://user:password@host/db")
        case .connectionError, .serverClosedConnection, .uncleanShutdown:
            return Diagnostic(
                source.location, "\(who): \(connection(error.underlying))", hint: connectionHint(error.underlying))
        default:
            return Diagnostic(at, "\(who): \(error.code)")
        }
    }

    private static func server(
        _ error: PSQLError, source: Source, url: PostgresURL, query: NamedQueries.File?, at: SourceLocation,
        who: String
    ) -> Diagnostic {
        let state = error.serverInfo?[.sqlState] ?? ""
        let message = error.serverInfo?[.message] ?? "the server reported an error"
        switch state {
        case "28P01", "28000":
            let tlsHint =
                message.contains("no encryption") || message.contains("SSL off")
                ? "the server requires TLS: add ?sslmode=require to the URL"
                : "check the user and password in the URL the environment variable holds, and the server's pg_hba.conf"
            return Diagnostic(
                source.location, "\(who) refused user '\(url.user)': \(message)", hint: tlsHint)
        case "3D000":
            return Diagnostic(
                source.location, "\(who): \(message)", hint: "check the database name at the end of the URL")
        case "57014":
            let name = query?.name ?? "?"
            return Diagnostic(
                at,
                "query '\(name)' was stopped after \(seconds(source.timeout)), the time limit of source '\(source.name)'",
                hint: "make the query cheaper, or raise `timeout:` of '\(source.name)' in content/sources.yml")
        case "25006":
            return Diagnostic(
                at, "query '\(query?.name ?? "?")' tries to write: \(message)",
                hint: "a source query only reads; Folio runs it in a READ ONLY transaction")
        default:
            var location = at
            if let query, let text = error.serverInfo?[.position], let position = Int(text) {
                location = Query(name: query.name, sql: query.sql, path: query.path)
                    .location(ofByte: byteOffset(ofCharacter: position - 1, in: query.sql))
            }
            return Diagnostic(location, message, hint: error.serverInfo?[.hint] ?? "reported by \(who)")
        }
    }

    /// PostgreSQL counts positions in characters (code points), from 1; Folio's locations take bytes.
    static func byteOffset(ofCharacter index: Int, in text: String) -> Int {
        var bytes = 0
        for (count, scalar) in text.unicodeScalars.enumerated() {
            if count >= index { break }
            bytes += String(scalar).utf8.count
        }
        return bytes
    }

    static func connection(_ underlying: (any Error)?) -> String {
        if let code = errorNumber(underlying) {
            if code == ECONNREFUSED { return "connection refused" }
            if code == ENOENT { return "no server socket there" }
            if code == ETIMEDOUT { return "the connection timed out" }
            if code == EHOSTUNREACH || code == ENETUNREACH { return "the host cannot be reached" }
        }
        if isUnknownHost(underlying) { return "unknown host" }
        if underlying is ChannelError { return "the connection failed (\(underlying.map { "\($0)" } ?? ""))" }
        return "the connection failed" + (underlying.map { " (\($0))" } ?? "")
    }

    static func connectionHint(_ underlying: (any Error)?) -> String {
        if isUnknownHost(underlying) { return "check the host name in the URL and this machine's DNS" }
        return "check that the server is running and accepts connections on that host and port (firewall, VPN)"
    }

    private static func errorNumber(_ error: (any Error)?) -> Int32? {
        if let io = error as? IOError { return io.errnoCode }
        if let connection = error as? NIOConnectionError {
            for attempt in connection.connectionErrors {
                if let io = attempt.error as? IOError { return io.errnoCode }
            }
        }
        return nil
    }

    private static func isUnknownHost(_ error: (any Error)?) -> Bool {
        if let connection = error as? NIOConnectionError {
            return connection.connectionErrors.isEmpty
                && (connection.dnsAError != nil || connection.dnsAAAAError != nil)
        }
        return error is SocketAddressError
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
