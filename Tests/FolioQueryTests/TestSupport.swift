import FolioData
import FolioDiagnostics
import FolioQuery

/// A data table read from CSV text, as the site's loader would read `content/data/<path>`.
func table(_ csv: String, path: String, schema: TableSchema = TableSchema()) throws -> DataTable {
    try CSVReader(schema: schema).read(Array(csv.utf8), path: "content/data/\(path)")
}

/// A small playbook-like data folder: monthly figures with a percent and a duration column, and channels.
func sampleTables() throws -> [String: DataTable] {
    [
        "metrics/monthly.csv": try table(
            "month,csat,frt,contacts\n2026-01,81.0,2.5,100\n2026-02,84.5,2.0,120\n2026-03,,1.5,90\n",
            path: "metrics/monthly.csv",
            schema: TableSchema(columnTypes: ["csat": .percent, "frt": .duration], durationUnits: ["frt": .minutes])),
        "metrics/channel-mix.csv": try table(
            "day,channel,contacts\n2026-01-05,phone,10\n2026-01-05,chat,4\n2026-02-02,phone,8\n",
            path: "metrics/channel-mix.csv"),
    ]
}

/// A query as written in `content/queries/<name>.sql`.
func query(_ sql: String, name: String = "test") -> Query {
    Query(name: name, sql: sql, path: "content/queries/\(name).sql")
}
