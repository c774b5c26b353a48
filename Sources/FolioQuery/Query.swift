import FolioData
import FolioDiagnostics

/// One SQL query and where its text starts, so errors inside it point into the author's file.
///
/// For a `.sql` file the start is line 1, column 1; for SQL inline in a Markdown spec the caller passes
/// the line and column of the SQL's first character in that file.
public struct Query: Sendable, Hashable {
    /// Named in errors that concern the whole query (the time limit), e.g. `p90-first-reply`.
    public var name: String
    public var sql: String
    /// File, line and column of the first character of `sql`.
    public var start: SourceLocation
    /// Values for the SQL's named parameters (`:team` → the `team` value of a generated page's row),
    /// bound by SQLite, never pasted into the text; nil where no row is in scope, so a parameter is
    /// an error there rather than a silent NULL.
    public var parameters: [String: Cell]?
    /// Every column of the row, for an error about a parameter it lacks (`parameters` may hold only
    /// the ones the SQL names).
    public var rowColumns: [String] = []

    public init(name: String, sql: String, start: SourceLocation, parameters: [String: Cell]? = nil) {
        self.name = name
        self.sql = sql
        self.start = start
        self.parameters = parameters
    }

    /// A query read from its own file (`content/queries/<name>.sql`): the text starts at line 1, column 1.
    public init(name: String, sql: String, path: String) {
        self.init(name: name, sql: sql, start: SourceLocation(path: path, line: 1, column: 1))
    }

    /// The location of the UTF-8 byte at `offset` in `sql` (as SQLite reports offsets), in the author's file.
    ///
    /// Columns count characters, like every Folio location; on the SQL's first line they continue from
    /// `start`'s column, on later lines they count from the line's start.
    public func location(ofByte offset: Int) -> SourceLocation {
        let bytes = Array(sql.utf8)
        let end = min(max(offset, 0), bytes.count)
        var line = 0
        var lineStart = 0
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let characters = String(decoding: bytes[lineStart..<end], as: UTF8.self).count
        let firstLine = start.line ?? 1
        let column = line == 0 ? (start.column ?? 1) + characters : characters + 1
        return SourceLocation(path: start.path, line: firstLine + line, column: column)
    }
}
