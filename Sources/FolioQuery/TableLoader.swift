import Csqlite3
import FolioData

/// Puts data files into SQLite: every table's columns up front (so SQLite can resolve names and the
/// authorizer can say which tables a query reads), the rows only when a query first reads the table.
///
/// Column types follow Folio's: number, percent (a fraction, 0.875 for 87.5 %) and duration (seconds) →
/// REAL; month and date → ISO text (`2026-03`, `2026-03-01`); text → TEXT; missing → NULL. The declared
/// type is the Folio type then the SQLite one (`PERCENT REAL`), which gives SQLite the affinity and lets
/// a result column that is a plain column reference report its Folio type back.
enum TableLoader {
    /// `CREATE TABLE "metrics_monthly" ("month" MONTH TEXT, "csat" PERCENT REAL, …)`.
    static func createStatement(name: String, table: DataTable) -> String {
        let columns = table.columns.map { "\(SQLiteDatabase.quoted($0.name)) \(declaredType(of: $0.type))" }
        return "CREATE TABLE \(SQLiteDatabase.quoted(name)) (\(columns.joined(separator: ", ")))"
    }

    static func declaredType(of type: ColumnType) -> String {
        switch type {
        case .number, .percent, .duration: "\(type.rawValue.uppercased()) REAL"
        case .month, .date: "\(type.rawValue.uppercased()) TEXT"
        case .text: "TEXT"
        }
    }

    /// The Folio type a declared column type names (`PERCENT REAL` → percent); `nil` for expressions.
    static func columnType(declared: String?) -> ColumnType? {
        guard let declared, let word = declared.split(separator: " ").first else { return nil }
        return ColumnType(rawValue: word.lowercased())
    }

    /// The prepared `INSERT` of one row of `columns` values into `name`; the caller finalizes it.
    private static func insertStatement(
        into name: String, columns: Int, in database: SQLiteDatabase
    ) throws(SQLiteError) -> OpaquePointer {
        let placeholders = Array(repeating: "?", count: columns).joined(separator: ", ")
        let sql = "INSERT INTO \(SQLiteDatabase.quoted(name)) VALUES (\(placeholders))"
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw database.lastError
        }
        return statement
    }

    /// Inserts every row of `table` into `name`, in one transaction through one prepared statement.
    static func fill(_ name: String, from table: DataTable, in database: SQLiteDatabase) throws(SQLiteError) {
        let statement = try insertStatement(into: name, columns: table.columns.count, in: database)
        defer { sqlite3_finalize(statement) }
        try database.execute("BEGIN")
        let transient = folio_sqlite3_transient()
        for row in 0..<table.rowCount {
            for (index, column) in table.columns.enumerated() {
                let position = Int32(index + 1)
                switch column.values[row] {
                case .missing: sqlite3_bind_null(statement, position)
                case let .number(value): sqlite3_bind_double(statement, position, value)
                case let .text(text): bind(text, at: position, in: statement, transient)
                case .day, .month: bind(isoText(column.values[row]), at: position, in: statement, transient)
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else {
                let error = database.lastError
                try? database.execute("ROLLBACK")
                throw error
            }
            sqlite3_reset(statement)
        }
        try database.execute("COMMIT")
    }

    /// Inserts every row of a CSV stream into `name`, in one transaction through one prepared statement,
    /// binding numbers as doubles and text straight from the file's bytes (pointer and length, copied by
    /// SQLite): no `String` or `Cell` per value. A bad value rolls the table back and throws the
    /// `CSVReader` diagnostic for it; a SQLite failure throws `SQLiteError`.
    static func fill(_ name: String, from stream: CSVStream, in database: SQLiteDatabase) throws {
        let statement = try insertStatement(into: name, columns: stream.shape.columns.count, in: database)
        defer { sqlite3_finalize(statement) }
        try database.execute("BEGIN")
        let transient = folio_sqlite3_transient()
        do {
            try stream.forEachRow { row in
                for (index, cell) in row.enumerated() {
                    let position = Int32(index + 1)
                    switch cell {
                    case .missing: sqlite3_bind_null(statement, position)
                    case let .number(value): sqlite3_bind_double(statement, position, value)
                    case let .bytes(bytes):
                        bytes.withMemoryRebound(to: CChar.self) {
                            _ = sqlite3_bind_text(statement, position, $0.baseAddress, Int32($0.count), transient)
                        }
                    case let .text(text): bind(text, at: position, in: statement, transient)
                    }
                }
                guard sqlite3_step(statement) == SQLITE_DONE else { throw database.lastError }
                sqlite3_reset(statement)
            }
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
        try database.execute("COMMIT")
    }

    /// Binds through `withCString`, which lends a native string's UTF-8 without the copy that passing a
    /// `String` as a C pointer makes (3 % of loading 200,000 rows, `perf`).
    private static func bind(
        _ text: String, at position: Int32, in statement: OpaquePointer, _ transient: sqlite3_destructor_type?
    ) {
        _ = text.withCString { sqlite3_bind_text(statement, position, $0, -1, transient) }
    }

    /// `2026-03` or `2026-03-01`, as the file wrote them.
    static func isoText(_ cell: Cell) -> String {
        switch cell {
        case let .month(year, month): "\(padded(year, 4))-\(padded(month, 2))"
        case let .day(year, month, day): "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
        default: ""
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
