import Csqlite3
import Foundation

/// An in-memory SQLite connection: the one owner of the C handle, closed when the value goes.
///
/// Kept to the few calls FolioQuery needs (open, execute, prepare, messages); statements are prepared,
/// stepped and finalized inside the function that made them, so no C pointer leaves this module.
final class SQLiteDatabase {
    let handle: OpaquePointer

    /// Opens a private in-memory database with extension loading off and SQLite's defensive mode on
    /// (no writes to the schema tables, no `PRAGMA writable_schema` tricks).
    init() throws(SQLiteError) {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(":memory:", &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            if let handle { sqlite3_close_v2(handle) }
            throw SQLiteError(message: "cannot open an in-memory SQLite database (status \(status))", offset: -1)
        }
        self.handle = handle
        sqlite3_enable_load_extension(handle, 0)
        _ = folio_sqlite3_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0)
        _ = folio_sqlite3_db_config_int(handle, SQLITE_DBCONFIG_DEFENSIVE, 1)
        _ = folio_sqlite3_db_config_int(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs statements that return no rows (schema, transactions); throws SQLite's message.
    func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard status == SQLITE_OK else {
            throw SQLiteError(message: message.map { String(cString: $0) } ?? lastMessage, offset: -1)
        }
    }

    /// The message and byte offset of the last error on this connection.
    var lastError: SQLiteError {
        SQLiteError(message: lastMessage, offset: Int(sqlite3_error_offset(handle)))
    }

    private var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// `"name"` with inner quotes doubled: safe for any table or column name.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// SQLite's own words for a failure and, where it knows it, the byte offset in the SQL (or -1).
struct SQLiteError: Error, Sendable {
    var message: String
    var offset: Int
}
