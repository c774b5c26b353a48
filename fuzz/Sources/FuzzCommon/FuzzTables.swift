import FolioCharts
import FolioData
import FolioDirectives
import Foundation

/// The data the chart and Markdown targets draw from: the bundled playbook's metric files (so seeds
/// taken from content/ reach deep into the chart code), plus a table of hostile text cells.
public enum FuzzTables {
    /// Folio's repository root, found from this file's path (fuzz/Sources/FuzzCommon/).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The sidecar schemas of content/data/metrics, restated (DataLoader, which reads them, is internal).
    static let schemas: [String: TableSchema] = [
        "metrics/monthly.csv": TableSchema(columnTypes: percent(["csat", "target_csat", "fcr", "retention", "churn"])),
        "metrics/teams.csv": TableSchema(columnTypes: percent(["csat", "fcr", "retention"])),
        "metrics/survey-sv.csv": TableSchema(columnTypes: ["andel_nöjda": .percent], separator: ";", decimalMark: ","),
        "metrics/channels.csv": TableSchema(
            columnTypes: Dictionary(uniqueKeysWithValues: durations.map { ($0.key, ColumnType.duration) }),
            durationUnits: durations),
    ]
    static let durations: [String: DurationUnit] = [
        "frt_phone": .minutes, "frt_email": .minutes, "frt_chat": .minutes,
        "res_phone": .hours, "res_email": .hours, "res_chat": .hours,
    ]

    static func percent(_ names: [String]) -> [String: ColumnType] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, ColumnType.percent) })
    }

    /// Every table, keyed as a chart's `data:` names it.
    public static let all: [String: DataTable] = {
        var tables: [String: DataTable] = [:]
        let data = repository.appendingPathComponent("content/data")
        for name in ["monthly", "teams", "survey-sv", "channels", "channel-mix"] {
            let key = "metrics/\(name).csv"
            guard let bytes = FileManager.default.contents(atPath: data.appendingPathComponent(key).path),
                let table = try? CSVReader(schema: schemas[key] ?? TableSchema()).read([UInt8](bytes), path: key)
            else { continue }
            tables[key] = table
        }
        let hostile = """
            month;calls;label
            2026-01;1234,5;Jan
            2026-02;;Feb
            2026-03;1500;"</svg><script>alert(1)</script>"
            2026-04;-1e300;"\\"><img onerror=alert(1)>"
            """
        if let table = try? CSVReader().read(Array(hostile.utf8), path: "volumes.csv") {
            tables["volumes.csv"] = table
        }
        return tables
    }()

    /// Swedish number, date and duration formats, as a page in `sv` shows cells.
    public static let formatter = ValueFormatter(localeIdentifier: "sv_SE")

    /// Placeholder interface words that must come out escaped like any other text.
    public static let strings: ChartStrings? = try? ChartStrings(lookup: { "<\($0)>" })

    /// One renderer for the Swedish locale over `all`.
    /// It marks shared events as the playbook's `content/events.yml` defines them, plus one with
    /// hostile labels, so `events:` reaches the annotation code too.
    public static let renderer: DirectiveRenderer? = strings.map {
        var renderer = DirectiveRenderer(tables: all, formatter: formatter, strings: $0)
        renderer.language = "sv"
        renderer.events = events
        return renderer
    }

    /// Shared events over the sample tables' months (2024-11 to 2026-10) and the hostile one's (2026).
    static let events = [
        ChartEvent(id: "self-service", x: .month(year: 2025, month: 9), labels: ["sv": "självservice", "ro": "autoservire"]),
        ChartEvent(id: "phone-system", x: .month(year: 2026, month: 5), labels: ["sv": "telefonsystem", "ro": "telefonie"]),
        ChartEvent(
            id: "hostile", x: .day(year: 2026, month: 2, day: 14),
            labels: ["sv": "</svg><script>alert(1)</script>", "ro": "\"><img onerror=alert(1)>"]),
    ]
}
