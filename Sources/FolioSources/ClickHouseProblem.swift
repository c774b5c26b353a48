import AsyncHTTPClient
import FolioDiagnostics
import FolioDirectives
import FolioQuery
import Foundation
import NIOCore
import NIOSSL

/// Turns what a ClickHouse pull throws into one readable line, as `PullProblem` does for PostgreSQL: which
/// source, where (host and port), what happened and what to check; a syntax error at its line and column in
/// the query file, an unknown table or column at its first mention there, with the server's own words.
///
/// Built from the server's exception text and the client's error only: the request URL never holds the
/// password (it goes in a header), so no password can reach a message.
enum ClickHouseProblem {
    static func diagnostic(_ error: any Error, source: Source, url: ClickHouseURL, query: NamedQueries.File)
        -> Diagnostic
    {
        let at = SourceLocation(path: query.path, line: 1, column: 1)
        let who = "source '\(source.name)' (\(url.place))"
        switch error {
        case let diagnostic as Diagnostic:
            return diagnostic
        case ClickHouseResult.Failure.result(let diagnostic):
            return diagnostic
        case ClickHouseResult.Failure.server(let text):
            return server(ServerException(text), source: source, url: url, query: query, who: who)
        case let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout:
            return stopped(query, source: source, at: at)
        case let error as HTTPClientError where error == .connectTimeout:
            return Diagnostic(
                source.location, "\(who): the connection timed out",
                hint: PullProblem.connectionHint(nil))
        case let error as HTTPClientError where error == .remoteConnectionClosed:
            return Diagnostic(
                source.location, "\(who): the server closed the connection",
                hint: url.tls ? "check that the server offers TLS on that port" : "check the host and port")
        case is NIOSSLError, is BoringSSLError:
            return Diagnostic(
                source.location, "\(who): the TLS handshake failed (\(error))",
                hint: "check the server's certificate, and that the port is the HTTPS one (8443 by default)")
        default:
            return Diagnostic(
                source.location, "\(who): \(PullProblem.connection(error))", hint: PullProblem.connectionHint(error))
        }
    }

    private static func server(
        _ exception: ServerException, source: Source, url: ClickHouseURL, query: NamedQueries.File, who: String
    ) -> Diagnostic {
        let at = SourceLocation(path: query.path, line: 1, column: 1)
        let message = exception.message
        switch exception.code {
        case 192, 193, 194, 195, 516:
            return Diagnostic(
                source.location, "\(who) refused user '\(url.user)': \(message)",
                hint: "check the user and password in the URL the environment variable holds")
        case 81:
            return Diagnostic(
                source.location, "\(who): \(message)", hint: "check the database name at the end of the URL")
        case 159:
            return stopped(query, source: source, at: at)
        case 158, 396:
            return Source.tooManyRows(in: query, maxRows: source.maxRows, source: source.name)
        case 164:
            return Diagnostic(
                at, "query '\(query.name)' tries to write: \(message)",
                hint: "a source query only reads; Folio sends every ClickHouse query with readonly=1")
        case 62:
            var location = at
            if let position = exception.position {
                location = Query(name: query.name, sql: query.sql, path: query.path)
                    .location(ofByte: min(max(position - 1, 0), query.sql.utf8.count))
            }
            let short = (message.range(of: ". Expected").map { String(message[..<$0.lowerBound]) } ?? message)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let hint =
                message.contains("Multi-statements")
                ? "a source query is one statement"
                : message.range(of: "Expected ").map {
                    "expected " + String(message[$0.upperBound...].prefix(160)) + (message.count > 400 ? "…" : "")
                } ?? "reported by \(who)"
            return Diagnostic(location, short, hint: hint)
        case 47, 60:
            return Diagnostic(
                mention(of: exception.name, in: query) ?? at, message, hint: "reported by \(who)")
        default:
            return Diagnostic(at, message, hint: "reported by \(who)")
        }
    }

    private static func stopped(_ query: NamedQueries.File, source: Source, at: SourceLocation) -> Diagnostic {
        Diagnostic(
            at,
            "query '\(query.name)' was stopped after \(PullProblem.seconds(source.timeout)), the time limit of source '\(source.name)'",
            hint: "make the query cheaper, or raise `timeout:` of '\(source.name)' in content/sources.yml")
    }

    /// Where `name` (an unknown table or column) first appears as a word in the query, past its comment lines.
    static func mention(of name: String?, in query: NamedQueries.File) -> SourceLocation? {
        guard let name, !name.isEmpty else { return nil }
        let bytes = Array(query.sql.utf8)
        let word = Array(name.utf8)
        let isWordByte = { (byte: UInt8) in
            byte == UInt8(ascii: "_") || byte >= 0x80 || (0x30...0x39).contains(byte)
                || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var index = 0
        var lineStart = true
        while index + word.count <= bytes.count {
            if lineStart, bytes[index...].starts(with: Array("--".utf8)) {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            }
            lineStart = bytes[index] == 0x0A
            if bytes[index..<(index + word.count)].elementsEqual(word),
                index == 0 || !isWordByte(bytes[index - 1]),
                index + word.count == bytes.count || !isWordByte(bytes[index + word.count])
            {
                return Query(name: query.name, sql: query.sql, path: query.path).location(ofByte: index)
            }
            index += 1
        }
        return nil
    }
}

/// ClickHouse's exception text, `Code: 62, e.displayText() = DB::Exception: Syntax error: …, e.what() = …`
/// (18.x) or `Code: 62. DB::Exception: Syntax error: …. (SYNTAX_ERROR) (version …)` (later versions), read into
/// its code, message and the details Folio locates by.
struct ServerException {
    var code: Int?
    var message: String

    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let start = trimmed.range(of: "Code: ") {
            code = Int(trimmed[start.upperBound...].prefix { $0.isNumber })
        }
        var message = trimmed
        if let exception = trimmed.range(of: "DB::Exception: ") {
            message = String(trimmed[exception.upperBound...])
        }
        for end in [", e.what() = ", " (version "] {
            if let range = message.range(of: end, options: .backwards) {
                message = String(message[..<range.lowerBound])
            }
        }
        if message.hasSuffix(")"), let name = message.range(of: ". (", options: .backwards),
            message[name.upperBound...].dropLast().allSatisfy({ $0.isUppercase || $0 == "_" })
        {
            message = String(message[..<name.lowerBound])
        }
        self.message = message.isEmpty ? "the server reported an error" : message
    }

    /// `N` of `failed at position N` (bytes, from 1).
    var position: Int? {
        guard let range = message.range(of: "failed at position ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }

    /// The table or column an error names: `Table folio.ticketz doesn't exist`, `Unknown identifier: nope`,
    /// `Missing columns: 'nope' while processing …`.
    var name: String? {
        if let range = message.range(of: "Unknown identifier: ") {
            return String(message[range.upperBound...].prefix { !$0.isWhitespace && $0 != "," })
        }
        if let range = message.range(of: "Missing columns: '") {
            return String(message[range.upperBound...].prefix { $0 != "'" })
        }
        if let range = message.range(of: "Table "),
            let end = message.range(of: " doesn't exist") ?? message.range(of: " does not exist")
        {
            let qualified = message[range.upperBound..<end.lowerBound]
            return String(qualified.split(separator: ".").last ?? qualified)
        }
        return nil
    }
}
