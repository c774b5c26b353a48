import Csqlite3
import FolioData
import FolioDiagnostics

/// Binds a query's named parameters (`:team`, `@team`, `$team`) to the values of the row a
/// generated page shows: SQLite substitutes them as values, so a row holding `'; DROP TABLE x; --`
/// is compared as text and never read as SQL.
enum QueryParameters {
    /// Binds every parameter of `statement`; one the row lacks, a positional `?`, or any parameter
    /// where no row is in scope is an error at the query's start naming what there is.
    static func bind(_ query: Query, to statement: OpaquePointer) throws {
        let count = sqlite3_bind_parameter_count(statement)
        guard count > 0 else { return }
        let transient = folio_sqlite3_transient()
        for position in 1...count {
            guard let raw = sqlite3_bind_parameter_name(statement, position) else {
                throw Diagnostic(
                    query.start, "SQL parameters must be named (`:team`), not `?`",
                    hint: "write the row's column after a colon, e.g. `WHERE team = :team`")
            }
            let written = String(cString: raw)
            let name = String(written.dropFirst())
            guard let parameters = query.parameters else {
                throw Diagnostic(
                    query.start, "\(written): only pages from data have a row to bind SQL parameters to",
                    hint: "put the block in a [column].md page with `rows:`, or write the value into the SQL")
            }
            guard let value = parameters[name] else {
                let names = query.rowColumns.isEmpty ? parameters.keys.sorted() : query.rowColumns
                let near = EditDistance.nearest(to: name, in: names, limit: 1)
                throw Diagnostic(
                    query.start, "\(written): the row has no column '\(name)' (has: \(names.joined(separator: ", ")))",
                    hint: near.first.map { "did you mean :\($0)?" } ?? "use one of the row's columns")
            }
            switch value {
            case .missing: sqlite3_bind_null(statement, position)
            case let .number(number): sqlite3_bind_double(statement, position, number)
            case let .text(text): _ = text.withCString { sqlite3_bind_text(statement, position, $0, -1, transient) }
            case .day, .month:
                _ = TableLoader.isoText(value).withCString {
                    sqlite3_bind_text(statement, position, $0, -1, transient)
                }
            }
        }
    }
}
