import FolioData
import FolioDiagnostics

/// `folio check`'s freshness warning: a metric whose newest period is more than `staleAfterDays`
/// older than the newest period of any metric, so a team that forgot one export sees it before
/// publishing.
///
/// Measured against the site's own newest data, not today's date, so a check gives the same
/// answer on any day and an archived site does not turn stale by itself. Periods count from their
/// first day (`2025-08` is 1 August), so two monthly files a month apart are about 30 days apart.
enum StaleMetrics {
    /// A metric's newest period with a value in its column, as a day number and the cell.
    struct Newest: Sendable, Hashable {
        var metric: Metric
        var day: Int
        var period: Cell
    }

    static func newest(_ metric: Metric, tables: [String: DataFile]) -> Newest? {
        guard let table = try? tables[metric.data]?.table(), let period = table.periodColumn,
            let column = table.column(named: metric.column)
        else { return nil }
        return table.rowLines.indices.filter { !column.values[$0].isMissing }
            .compactMap { row in Period.dayNumber(of: period.values[row]).map { (row: row, day: $0) } }
            .max { $0.day < $1.day }
            .map { Newest(metric: metric, day: $0.day, period: period.values[$0.row]) }
    }

    /// One warning per stale metric, at its entry in `content/metrics.yml`; none when `after` is nil.
    static func warnings(metrics: [Metric], tables: [String: DataFile], after days: Int?) -> [Diagnostic] {
        guard let days else { return [] }
        let latest = metrics.compactMap { Self.newest($0, tables: tables) }
        guard let site = latest.max(by: { ($0.day, $1.metric.id) < ($1.day, $0.metric.id) }) else { return [] }
        let siteText = Period.isoText(of: site.period) ?? ""
        return latest.filter { site.day - $0.day > days }.map { stale in
            let text = Period.isoText(of: stale.period) ?? ""
            return Diagnostic(
                stale.metric.location,
                "metric '\(stale.metric.id)' is stale: its newest period is \(text), \(site.day - stale.day) days before the site's newest data (\(siteText), metric '\(site.metric.id)'); staleAfterDays is \(days)",
                hint:
                    "add the latest figures to content/data/\(stale.metric.data), or raise `staleAfterDays` in content/site.yml",
                severity: .warning)
        }
    }
}
