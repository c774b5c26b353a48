import FolioData

/// The numbers a chart draws, pulled out of the table: the selected rows, x as category labels
/// (and as numbers for scatter), one value list per y column with `nil` for missing cells.
struct ChartData: Sendable {
    struct Series: Sendable {
        var label: String
        /// `nil` is a missing cell: drawn as a gap, never as zero.
        var values: [Double?]
        var style: SeriesStyle
        /// Decimals its values are shown with everywhere (tooltips, table, description).
        var decimals: Int
    }

    /// Short x labels for the axis (`mars -26`).
    var categories: [String]
    /// Full x labels for tooltips, the description and the table (`mars 2026`).
    var periods: [String]
    /// x as numbers (scatter), `nil` where the cell is missing or not numeric.
    var xValues: [Double?]
    /// x as read (months, dates), for placing annotations and naming the latest period.
    var xCells: [Cell]
    var xLabel: String
    var series: [Series]
    /// Names of the points (scatter `label:`), one per row.
    var pointLabels: [String]?
    var format: ValueFormat
    var xFormat: ValueFormat?
    /// Decimals of x values (scatter).
    var xDecimals: Int
    /// The selected rows, for the data table.
    var rows: [Int]

    init(spec: ChartSpec, formatter: ValueFormatter) {
        let rows = spec.query.rows(of: spec.table).filter { !spec.x.values[$0].isMissing }
        self.rows = rows
        let cells = rows.map { spec.x.values[$0] }
        categories = cells.map { Self.shortText($0, type: spec.x.type, formatter: formatter) }
        periods = cells.map { formatter.format($0, as: spec.x.type) }
        xValues = cells.map(\.number)
        xCells = cells
        xLabel = spec.xTitle ?? spec.label(for: spec.x)
        xFormat = ValueFormat(columnType: spec.x.type)
        xDecimals = spec.decimals ?? spec.columnDecimals?.x ?? Precision.decimals(of: spec.x)
        let shares = spec.type == .stackedBar100
        format = shares ? .percent : spec.format
        let totals = rows.map { row in spec.y.reduce(0) { $0 + abs($1.values[row].number ?? 0) } }
        series = spec.y.enumerated().map { index, column in
            let values = rows.indices.map { position -> Double? in
                guard let value = column.values[rows[position]].number else { return nil }
                guard shares else { return value }
                return totals[position] > 0 ? value / totals[position] : 0
            }
            return Series(
                label: spec.label(for: column), values: values, style: SeriesStyle(index: index),
                decimals: spec.decimals
                    ?? (shares ? Self.shareDecimals : spec.columnDecimals?.y[index] ?? spec.format.decimals(of: column))
            )
        }
        pointLabels = spec.pointLabel.map { column in
            rows.map { formatter.format(column.values[$0], as: column.type) }
        }
    }

    var isEmpty: Bool { rows.isEmpty || series.allSatisfy { $0.values.allSatisfy { $0 == nil } } }

    /// The row of the newest period with a value in any series, on a month or date axis: what
    /// the caption names as the latest value's period.
    var latestRow: Int? {
        var latest: (row: Int, day: Int)?
        for row in rows.indices where series.contains(where: { $0.values[row] != nil }) {
            guard let day = Period.dayNumber(of: xCells[row]) else { continue }
            if latest.map({ day >= $0.day }) ?? true { latest = (row, day) }
        }
        return latest?.row
    }

    /// Every present value of every series.
    var allValues: [Double] { series.flatMap { $0.values.compactMap { $0 } } }

    /// Shares in a 100 % chart are shown with one decimal unless the spec sets `decimals:`.
    static let shareDecimals = 1

    /// The same rows as shares of each row's total, shown as percents with one decimal: what the mix
    /// of a stacked chart of counts says (its description), leaving the counts to the table.
    var asShares: ChartData {
        var shares = self
        let totals = rows.indices.map { row in series.reduce(0) { $0 + abs($1.values[row] ?? 0) } }
        shares.format = .percent
        for index in series.indices {
            shares.series[index].values = series[index].values.enumerated().map { row, value in
                value.map { totals[row] > 0 ? $0 / totals[row] : 0 }
            }
            shares.series[index].decimals = Self.shareDecimals
        }
        return shares
    }

    /// The most decimals of any series: for values that belong to no one series (a change in a total).
    var decimals: Int { series.map(\.decimals).max() ?? 0 }

    /// A value of series `index` as readers see it everywhere.
    func text(_ value: Double, series index: Int, formatter: ValueFormatter) -> String {
        format.text(value, formatter: formatter, decimals: series[index].decimals)
    }

    /// Tooltip text for one point: `CSAT, mars 2026: 87,5 %`.
    func tooltip(series index: Int, row: Int, formatter: ValueFormatter) -> String {
        let value = series[index].values[row].map { text($0, series: index, formatter: formatter) } ?? "–"
        let name = series.count > 1 ? series[index].label + ", " : ""
        return name + periods[row] + ": " + value
    }

    private static func shortText(_ cell: Cell, type: ColumnType, formatter: ValueFormatter) -> String {
        if case let .month(year, month) = cell { return formatter.shortMonth(year: year, month: month) }
        return formatter.format(cell, as: type)
    }
}
