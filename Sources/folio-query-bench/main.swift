// folio-query-bench CSV SQL...: loads a ticket export for queries (FolioData's CSVStream with tickets.csv.yml's
// schema: types found in one pass over the bytes, rows bound to SQLite from the bytes on the first query), runs
// each SQL file through FolioQuery, and prints the time of each step.
// Run by bench/query (release build), never by the tests; the numbers go to bench/HISTORY.md "Queries".
import FolioData
import FolioQuery
import Foundation

/// Seconds since `start`, to two decimals.
func seconds(since start: ContinuousClock.Instant) -> String {
    let elapsed = ContinuousClock.now - start
    let value = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return String(format: "%.2f", value)
}

let arguments = CommandLine.arguments.dropFirst()
guard let csvPath = arguments.first, arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: folio-query-bench TICKETS.csv QUERY.sql...\n".utf8))
    exit(2)
}
let schema = TableSchema(
    columnTypes: [
        "id": .number, "created": .text, "first_reply_minutes": .duration, "resolution_hours": .duration,
        "csat": .number, "reopened": .number,
    ],
    durationUnits: ["first_reply_minutes": .minutes, "resolution_hours": .hours])

do {
    var start = ContinuousClock.now
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: csvPath)))
    print("read file \(bytes.count / 1_000_000) MB: \(seconds(since: start)) s")
    start = ContinuousClock.now
    let source: QueryTable
    switch try CSVStream.open(bytes, path: "content/data/tickets/tickets.csv", schema: schema) {
    case let .stream(stream):
        source = .csv(stream)
        print("FolioData CSV stream, header and types of \(stream.rowCount) rows: \(seconds(since: start)) s")
    case let .table(table):
        source = .table(table)
        print("FolioData CSV reader (the stream declined the file), \(table.rowCount) rows: \(seconds(since: start)) s")
    }
    let engine = try QueryEngine(sources: ["tickets/tickets.csv": source], limits: QueryLimits(seconds: 600))
    start = ContinuousClock.now
    _ = try engine.run(Query(name: "load", sql: "SELECT count(*) FROM tickets_tickets", path: "load.sql"))
    print("load into SQLite (first query): \(seconds(since: start)) s")
    for path in arguments.dropFirst() {
        let sql = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        start = ContinuousClock.now
        let result = try engine.run(Query(name: path, sql: sql, path: path))
        print(
            "query \(URL(fileURLWithPath: path).lastPathComponent), \(result.table.rowCount) rows: \(seconds(since: start)) s"
        )
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
