import AsyncHTTPClient
import FolioDirectives
import Foundation
import NIOCore

/// `type: clickhouse`: a ClickHouse server through its HTTP interface (async-http-client), each query one POST
/// whose result streams back in `TSVWithNamesAndTypes`.
///
/// Every request carries `readonly=1`, so the server itself refuses any write or setting change
/// ("Cannot drop table in readonly mode"), and ClickHouse's HTTP interface takes one statement per request.
/// The source's limits go with it too: `max_execution_time` and `max_result_rows` (the server stops), with
/// the client's own deadline and row count behind them.
struct ClickHouseEngine: SourceEngine {
    static let type = "clickhouse"
    static let urlExample = ClickHouseURL.example
    let url: ClickHouseURL

    init(url: String) throws(URLProblem) {
        self.url = try ClickHouseURL.parse(url)
    }

    var place: String { url.place }

    /// A client for the session; the connection itself opens with the first query, whose failure to connect
    /// is reported as this source's.
    func connect(_ source: Source) async throws -> any SourceSession {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .seconds(10))
        // Fail at once when the server refuses, rather than retrying until the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        return ClickHouseSession(client: client, source: source, url: url)
    }
}

/// One HTTP client for the queries of a pull from ClickHouse.
struct ClickHouseSession: SourceSession {
    let client: HTTPClient
    let source: Source
    let url: ClickHouseURL

    /// What the client waits beyond the source's timeout, for the server's own "Timeout exceeded" to arrive.
    static let clientGrace: Int64 = 10

    func pull(_ file: NamedQueries.File, into final: URL) async throws -> PulledSnapshot {
        var result = ClickHouseResult(final: final, file: file, source: source)
        do {
            let response = try await client.execute(
                request(file.sql),
                deadline: .now() + .milliseconds(Int64((source.timeout * 1000).rounded()) + Self.clientGrace * 1000))
            guard response.status.code == 200 else {
                var text: [UInt8] = []
                for try await chunk in response.body where text.count < 1 << 16 {
                    text.append(contentsOf: chunk.readableBytesView)
                }
                throw ClickHouseResult.Failure.server(String(decoding: text, as: UTF8.self))
            }
            for try await chunk in response.body {
                try chunk.withUnsafeReadableBytes { bytes throws(ClickHouseResult.Failure) in
                    try result.consume(bytes)
                }
            }
            return try result.finish()
        } catch {
            result.snapshot?.discard()
            throw ClickHouseProblem.diagnostic(error, source: source, url: url, query: file)
        }
    }

    /// The POST of one query: the SQL as the body (so the server's positions are the file's), the settings
    /// in the URL, the credentials in the Authorization header only.
    private func request(_ sql: String) -> HTTPClientRequest {
        var settings = [
            ("default_format", "TSVWithNamesAndTypes"),
            ("max_execution_time", String(max(1, Int(source.timeout.rounded(.up))))),
            ("max_result_rows", String(source.maxRows)),
            ("result_overflow_mode", "throw"),
            ("readonly", "1"),
        ]
        if let database = url.database { settings.insert(("database", database), at: 0) }
        var components = URLComponents()
        components.scheme = url.tls ? "https" : "http"
        components.host = url.host
        components.port = url.port
        components.path = "/"
        components.queryItems = settings.map { URLQueryItem(name: $0.0, value: $0.1) }
        var request = HTTPClientRequest(url: components.string ?? "")
        request.method = .POST
        let credentials = Data("\(url.user):\(url.password ?? "")".utf8).base64EncodedString()
        request.headers.add(name: "Authorization", value: "Basic \(credentials)")
        request.body = .bytes(ByteBuffer(string: sql))
        return request
    }

    func close() async {
        try? await client.shutdown()
    }
}
