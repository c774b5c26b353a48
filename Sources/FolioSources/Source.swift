import FolioDiagnostics
import FolioDirectives

/// One database named in `content/sources.yml`, with its URL read from the environment.
struct Source: Sendable {
    var name: String
    /// The engine named by `type:`, holding the URL, or why there is none (a variable not set, a malformed
    /// URL): an error only when a pull needs this source, so `folio pull --source other` works without this
    /// source's variable.
    var address: Result<any SourceEngine, Diagnostic>
    /// The longest one statement may run, in seconds (`timeout: 60s`).
    var timeout: Double
    /// The most rows one query may return (`maxRows: 1000000`); more fail the pull, writing no snapshot.
    var maxRows: Int
    /// The source's entry in `content/sources.yml`, for errors about it.
    var location: SourceLocation

    /// The engine with its URL, or the error saying what is missing.
    func engine() throws -> any SourceEngine {
        try address.get()
    }

    static let defaultTimeout: Double = 60
    static let defaultMaxRows = 1_000_000

    /// The error of a query that returned more than `maxRows` rows, whichever engine (and whichever side,
    /// the server's limit or Folio's own count) noticed.
    static func tooManyRows(in file: NamedQueries.File, maxRows: Int, source: String) -> Diagnostic {
        Diagnostic(
            SourceLocation(path: file.path, line: 1, column: 1),
            "query '\(file.name)' returns more than \(maxRows) rows, the limit of source '\(source)'; no snapshot was written",
            hint: "aggregate in the SQL (GROUP BY), or raise `maxRows:` of '\(source)' in content/sources.yml")
    }
}
