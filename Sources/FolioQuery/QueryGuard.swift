import Csqlite3
import Foundation

/// The connection's gatekeeper: an authorizer that lets a query only read, and a progress handler that
/// stops it at its deadline. Also notes which tables a query reads, so they are loaded before it runs.
///
/// SQLite calls both back with a pointer to this object (see `install(on:)`); it lives as long as the
/// engine that owns the connection. Used under the engine's lock only.
final class QueryGuard {
    enum Mode {
        /// Creating and filling tables: everything is allowed (only Folio's own SQL runs).
        case loading
        /// Preparing or running an author's query: only reads.
        case querying
    }

    var mode = Mode.loading
    /// Table names (as SQLite reports them) the statement being prepared reads.
    var tablesRead: Set<String> = []
    /// What the authorizer refused while preparing, in words, e.g. "DELETE on 'metrics_monthly'".
    var refused: String?
    /// When the running query must stop; `nil` while loading.
    var deadline: ContinuousClock.Instant?
    var stoppedByDeadline = false

    func beginQuery(deadline: ContinuousClock.Instant?) {
        mode = .querying
        tablesRead = []
        refused = nil
        self.deadline = deadline
        stoppedByDeadline = false
    }

    /// Registers the callbacks; the progress handler runs every 10,000 virtual-machine steps, often enough
    /// to stop within milliseconds of the deadline and rare enough to cost nothing measurable.
    func install(on database: SQLiteDatabase) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_set_authorizer(database.handle, queryGuardAuthorizer, context)
        sqlite3_progress_handler(database.handle, 10_000, queryGuardProgress, context)
    }

    /// Actions a read-only `SELECT` (or `WITH … SELECT`) needs; everything else is refused while querying.
    static let allowedActions: Set<Int32> = [SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE]

    static let schemaTables: Set<String> = [
        "sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema",
    ]

    fileprivate func authorize(action: Int32, first: String?, second: String?) -> Int32 {
        guard mode == .querying else { return SQLITE_OK }
        if action == SQLITE_READ, let table = first {
            tablesRead.insert(table)
        }
        if action == SQLITE_FUNCTION, let function = second?.lowercased(), function == "load_extension" {
            refused = refused ?? "the function load_extension()"
            return SQLITE_DENY
        }
        // SQLite's own bookkeeping writes to its schema table while compiling (first use of json_each()
        // does); an author's CREATE or DROP is refused at its own action, and `UPDATE sqlite_master` by hand
        // fails in defensive mode and as a statement that is not read-only.
        if [SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE].contains(action), let table = first,
            Self.schemaTables.contains(table.lowercased())
        {
            return SQLITE_OK
        }
        guard Self.allowedActions.contains(action) else {
            refused = refused ?? Self.describe(action: action, first: first)
            return SQLITE_DENY
        }
        return SQLITE_OK
    }

    fileprivate func shouldStop() -> Bool {
        guard mode == .querying, let deadline, ContinuousClock.now >= deadline else { return false }
        stoppedByDeadline = true
        return true
    }

    private static func describe(action: Int32, first: String?) -> String {
        let target = first.map { " '\($0)'" } ?? ""
        switch action {
        case SQLITE_INSERT: return "INSERT into\(target)"
        case SQLITE_UPDATE: return "UPDATE of\(target)"
        case SQLITE_DELETE: return "DELETE from\(target)"
        case SQLITE_ATTACH: return "ATTACH"
        case SQLITE_DETACH: return "DETACH"
        case SQLITE_PRAGMA: return "PRAGMA\(target)"
        case SQLITE_TRANSACTION: return "a transaction statement"
        case SQLITE_SAVEPOINT: return "SAVEPOINT"
        case SQLITE_ANALYZE: return "ANALYZE"
        case SQLITE_REINDEX: return "REINDEX"
        case SQLITE_ALTER_TABLE: return "ALTER TABLE"
        case SQLITE_CREATE_TABLE, SQLITE_CREATE_TEMP_TABLE: return "CREATE TABLE\(target)"
        case SQLITE_CREATE_VIEW, SQLITE_CREATE_TEMP_VIEW: return "CREATE VIEW\(target)"
        case SQLITE_CREATE_INDEX, SQLITE_CREATE_TEMP_INDEX: return "CREATE INDEX\(target)"
        case SQLITE_CREATE_TRIGGER, SQLITE_CREATE_TEMP_TRIGGER: return "CREATE TRIGGER\(target)"
        case SQLITE_CREATE_VTABLE: return "CREATE VIRTUAL TABLE\(target)"
        case SQLITE_DROP_TABLE, SQLITE_DROP_TEMP_TABLE: return "DROP TABLE\(target)"
        case SQLITE_DROP_VIEW, SQLITE_DROP_TEMP_VIEW: return "DROP VIEW\(target)"
        case SQLITE_DROP_INDEX, SQLITE_DROP_TEMP_INDEX: return "DROP INDEX\(target)"
        case SQLITE_DROP_TRIGGER, SQLITE_DROP_TEMP_TRIGGER: return "DROP TRIGGER\(target)"
        case SQLITE_DROP_VTABLE: return "DROP VIRTUAL TABLE\(target)"
        default: return "this statement (SQLite action \(action))"
        }
    }
}

private func queryGuardAuthorizer(
    context: UnsafeMutableRawPointer?, action: Int32, first: UnsafePointer<CChar>?, second: UnsafePointer<CChar>?,
    database: UnsafePointer<CChar>?, trigger: UnsafePointer<CChar>?
) -> Int32 {
    guard let context else { return SQLITE_DENY }
    let guardian = Unmanaged<QueryGuard>.fromOpaque(context).takeUnretainedValue()
    return guardian.authorize(
        action: action, first: first.map { String(cString: $0) }, second: second.map { String(cString: $0) })
}

private func queryGuardProgress(context: UnsafeMutableRawPointer?) -> Int32 {
    guard let context else { return 1 }
    return Unmanaged<QueryGuard>.fromOpaque(context).takeUnretainedValue().shouldStop() ? 1 : 0
}
