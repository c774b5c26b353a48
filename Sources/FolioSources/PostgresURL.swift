import Foundation

/// A PostgreSQL connection URL as libpq writes it, `postgres://user:password@host:5432/db?sslmode=require`,
/// read into its parts. `host` in the query (`?host=/run/postgresql`) names a Unix-socket folder.
///
/// The password is kept only to hand to the driver: `description` and every error name the host, port,
/// user and database, never the password.
struct PostgresURL: Sendable, Equatable {
    enum TLSMode: String, Sendable, CaseIterable {
        case disable
        case prefer
        case require
        case verifyFull = "verify-full"
    }

    var user: String
    var password: String?
    /// A host name or address; empty when `socketFolder` is set.
    var host: String
    var port: Int
    var database: String?
    /// The folder holding `.s.PGSQL.<port>`, for a server on this machine.
    var socketFolder: String?
    var tls: TLSMode

    /// Reads `text`; a problem is described without the text itself (it may hold the password).
    static func parse(_ text: String) throws(URLProblem) -> PostgresURL {
        guard let components = URLComponents(string: text) else {
            throw URLProblem("is not a URL", hint: "write postgres://user:password@host:5432/database")
        }
        guard components.scheme == "postgres" || components.scheme == "postgresql" else {
            throw URLProblem(
                "must start with postgres:// (it starts with \(components.scheme.map { "\($0)://" } ?? "no scheme"))",
                hint: "write postgres://user:password@host:5432/database")
        }
        let items = components.queryItems ?? []
        let socketFolder = items.first { $0.name == "host" }?.value.flatMap { $0.hasPrefix("/") ? $0 : nil }
        let host = components.host.map { $0.removingPercentEncoding ?? $0 } ?? ""
        guard !host.isEmpty || socketFolder != nil else {
            throw URLProblem("names no host", hint: "write postgres://user:password@host:5432/database")
        }
        let user = components.percentEncodedUser.map { $0.removingPercentEncoding ?? $0 } ?? ""
        guard !user.isEmpty else {
            throw URLProblem("names no user", hint: "write postgres://user:password@host:5432/database")
        }
        var tls = TLSMode.prefer
        if let mode = items.first(where: { $0.name == "sslmode" })?.value {
            guard let known = TLSMode(rawValue: mode) else {
                throw URLProblem(
                    "has an unknown sslmode '\(mode)'",
                    hint: "use one of: \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            tls = known
        }
        if let unknown = items.first(where: { !["sslmode", "host"].contains($0.name) }) {
            throw URLProblem(
                "has an unknown parameter '\(unknown.name)'", hint: "Folio reads `sslmode` and `host` (a socket folder)"
            )
        }
        let path = components.percentEncodedPath.dropFirst()
        return PostgresURL(
            user: user, password: components.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 },
            host: socketFolder == nil ? host : "", port: components.port ?? 5432,
            database: path.isEmpty ? nil : (String(path).removingPercentEncoding ?? String(path)),
            socketFolder: socketFolder, tls: socketFolder == nil ? tls : .disable)
    }

    /// The Unix socket's path, when the server is reached through one.
    var socketPath: String? { socketFolder.map { "\($0)/.s.PGSQL.\(port)" } }

    /// `host db.example.org, port 5432` or `socket /tmp/pg/.s.PGSQL.5432`: where, for errors.
    var place: String {
        if let socketPath { return "socket \(socketPath)" }
        return "host \(host), port \(port)"
    }
}

/// What is wrong with a source's URL, worded without the URL.
struct URLProblem: Error {
    var message: String
    var hint: String

    init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}
