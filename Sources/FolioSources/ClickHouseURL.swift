import Foundation

/// A ClickHouse HTTP-interface URL, `http://user:password@host:8123/database` (`https://` for TLS, port 8443
/// by default), read into its parts.
///
/// The password is kept only for the request's Authorization header: the request URL, `place` and every
/// error name the host, port, user and database, never the password.
struct ClickHouseURL: Sendable, Equatable {
    var tls: Bool
    /// `default` when the URL names none, as ClickHouse itself assumes.
    var user: String
    var password: String?
    var host: String
    var port: Int
    var database: String?

    static let example = "http://user:password@host:8123/database"

    /// Reads `text`; a problem is described without the text itself (it may hold the password).
    static func parse(_ text: String) throws(URLProblem) -> ClickHouseURL {
        guard let components = URLComponents(string: text) else {
            throw URLProblem("is not a URL", hint: "write \(example)")
        }
        guard components.scheme == "http" || components.scheme == "https" else {
            throw URLProblem(
                "must start with http:// or https:// (it starts with \(components.scheme.map { "\($0)://" } ?? "no scheme"))",
                hint: "ClickHouse is reached through its HTTP interface: write \(example)")
        }
        let host = components.host.map { $0.removingPercentEncoding ?? $0 } ?? ""
        guard !host.isEmpty else {
            throw URLProblem("names no host", hint: "write \(example)")
        }
        if let item = components.queryItems?.first {
            throw URLProblem(
                "has a parameter '\(item.name)', which Folio does not read",
                hint: "the URL is \(example); limits go in content/sources.yml (`timeout:`, `maxRows:`)")
        }
        let tls = components.scheme == "https"
        let user = components.percentEncodedUser.map { $0.removingPercentEncoding ?? $0 } ?? ""
        let path = components.percentEncodedPath.drop { $0 == "/" }
        guard !path.contains("/") else {
            throw URLProblem("has a path of more than one part", hint: "the path is the database: write \(example)")
        }
        return ClickHouseURL(
            tls: tls, user: user.isEmpty ? "default" : user,
            password: components.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 }, host: host,
            port: components.port ?? (tls ? 8443 : 8123),
            database: path.isEmpty ? nil : (String(path).removingPercentEncoding ?? String(path)))
    }

    /// `host db.example.org, port 8123`: where, for errors.
    var place: String { "host \(host), port \(port)" }
}
