import FolioDiagnostics

/// One database named in `content/sources.yml`, with its URL read from the environment.
struct Source: Sendable {
    var name: String
    var url: PostgresURL
    /// The longest one statement may run, in seconds (`timeout: 60s`).
    var timeout: Double
    /// The most rows one query may return (`maxRows: 1000000`); more fail the pull, writing no snapshot.
    var maxRows: Int
    /// The source's entry in `content/sources.yml`, for errors about it.
    var location: SourceLocation

    static let defaultTimeout: Double = 60
    static let defaultMaxRows = 1_000_000
}
