import Csqlite3

/// `median(x)` and `percentile(x, p)`: the aggregates customer-service figures need (p90 first reply is the
/// industry's number) and SQLite 3.40 lacks.
///
/// Continuous percentile with linear interpolation between the two nearest ranks, as PostgreSQL's
/// `percentile_cont(p / 100.0) WITHIN GROUP (ORDER BY x)`: with the n non-NULL values sorted
/// v₀ ≤ … ≤ vₙ₋₁, the position is h = (n − 1) · p / 100 and the result v⌊h⌋ + (h − ⌊h⌋)(v⌈h⌉ − v⌊h⌋).
/// `median(x)` is `percentile(x, 50)`. NULLs are skipped; a group with no values gives NULL; `p` must be
/// a number from 0 to 100 and the same on every row; a value that is not a number is an error.
enum PercentileAggregate {
    /// Registers both functions on `database`.
    static func register(on database: SQLiteDatabase) throws(SQLiteError) {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        let median = sqlite3_create_function_v2(
            database.handle, "median", 1, flags, nil, nil, medianStep, percentileFinal, nil)
        guard median == SQLITE_OK else { throw database.lastError }
        let percentile = sqlite3_create_function_v2(
            database.handle, "percentile", 2, flags, nil, nil, percentileStep, percentileFinal, nil)
        guard percentile == SQLITE_OK else { throw database.lastError }
    }

    /// The interpolated percentile of `sorted` (ascending, non-empty) at `percent` (0–100).
    static func interpolated(_ sorted: [Double], percent: Double) -> Double {
        let position = Double(sorted.count - 1) * percent / 100
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }
}

/// One group's values, kept behind a pointer in SQLite's per-group aggregate memory.
private final class PercentileState {
    var values: [Double] = []
    var percent: Double?
    var problem: String?
}

/// The group's state, made on the first row; `nil` only if SQLite cannot allocate the pointer's memory.
private func state(_ context: OpaquePointer?, create: Bool) -> PercentileState? {
    let size = create ? Int32(MemoryLayout<UnsafeMutableRawPointer?>.size) : 0
    guard let slot = sqlite3_aggregate_context(context, size)?.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    else { return nil }
    if let existing = slot.pointee {
        return Unmanaged<PercentileState>.fromOpaque(existing).takeUnretainedValue()
    }
    guard create else { return nil }
    let made = PercentileState()
    slot.pointee = Unmanaged.passRetained(made).toOpaque()
    return made
}

/// Adds one value, skipping NULL; text that SQLite cannot read as a number is a problem for the group.
private func collect(_ value: OpaquePointer?, into group: PercentileState, function: String) {
    switch sqlite3_value_numeric_type(value) {
    case SQLITE_NULL: return
    case SQLITE_INTEGER, SQLITE_FLOAT: group.values.append(sqlite3_value_double(value))
    default:
        let text = sqlite3_value_text(value).map { String(cString: $0) } ?? "?"
        group.problem = group.problem ?? "\(function)(): '\(text)' is not a number"
    }
}

private func medianStep(context: OpaquePointer?, count: Int32, arguments: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let group = state(context, create: true) else { return sqlite3_result_error_nomem(context) }
    guard group.problem == nil, let arguments else { return }
    group.percent = 50
    collect(arguments[0], into: group, function: "median")
}

private func percentileStep(context: OpaquePointer?, count: Int32, arguments: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let group = state(context, create: true) else { return sqlite3_result_error_nomem(context) }
    guard group.problem == nil, let arguments else { return }
    let kind = sqlite3_value_numeric_type(arguments[1])
    let percent = sqlite3_value_double(arguments[1])
    guard kind == SQLITE_INTEGER || kind == SQLITE_FLOAT, percent >= 0, percent <= 100 else {
        group.problem = "percentile(x, p): p must be a number from 0 to 100 (90 for the 90th percentile)"
        return
    }
    if let earlier = group.percent, earlier != percent {
        group.problem = "percentile(x, p): p must be the same on every row of a group"
        return
    }
    group.percent = percent
    collect(arguments[0], into: group, function: "percentile")
}

private func percentileFinal(context: OpaquePointer?) {
    guard let slot = sqlite3_aggregate_context(context, 0)?.assumingMemoryBound(to: UnsafeMutableRawPointer?.self),
        let pointer = slot.pointee
    else { return sqlite3_result_null(context) }
    let group = Unmanaged<PercentileState>.fromOpaque(pointer).takeRetainedValue()
    slot.pointee = nil
    if let problem = group.problem { return sqlite3_result_error(context, problem, -1) }
    guard let percent = group.percent, !group.values.isEmpty else { return sqlite3_result_null(context) }
    sqlite3_result_double(context, PercentileAggregate.interpolated(group.values.sorted(), percent: percent))
}
