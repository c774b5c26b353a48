/// A column's rows grouped by value, so that a `filter: {team: ":team"}` slice on each of 10,000
/// pages generated from data costs the page's own rows, not a scan of the whole file per page
/// (issue 29; bench/pages-from-data). Built once per data file and column (`DataFile.index`).
///
/// It answers exactly what a scan with `ColumnIndex.same` answers: numbers equal within rounding,
/// text as written, months, days and empty cells as themselves. Numbers are kept sorted, so the
/// few that may be equal within rounding are found by a binary search instead of a scan.
public struct ColumnIndex: Sendable {
    /// Rows by value, for every cell that is not a number; each list in row order.
    private var rowsByCell: [Cell: [Int]] = [:]
    /// Rows by number (NaN, equal to nothing, is left out); each list in row order.
    private var rowsByNumber: [Double: [Int]] = [:]
    /// The distinct numbers of the column, sorted.
    private var numbers: [Double] = []

    public init(_ values: [Cell]) {
        for (row, cell) in values.enumerated() {
            if let number = cell.number {
                if !number.isNaN { rowsByNumber[number, default: []].append(row) }
            } else {
                rowsByCell[cell, default: []].append(row)
            }
        }
        numbers = rowsByNumber.keys.sorted()
    }

    /// Two cells as one value, as `filter:` compares them: numbers within rounding (an infinity only
    /// as itself: within rounding of it, every number would be), text as written, months and days as dates.
    public static func same(_ cell: Cell, _ wanted: Cell) -> Bool {
        if let a = cell.number, let b = wanted.number {
            guard a.isFinite, b.isFinite else { return a == b }
            return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
        }
        if case let .text(a) = cell, case let .text(b) = wanted { return a == b }
        return cell == wanted
    }

    /// The rows whose cell is `same` as `wanted`, in row order.
    public func rows(matching wanted: Cell) -> [Int] {
        guard let value = wanted.number else { return rowsByCell[wanted] ?? [] }
        // An infinity is only itself; NaN is nothing (no key equals it).
        guard value.isFinite else { return rowsByNumber[value] ?? [] }
        // Every number within rounding of `value` lies in this window (|x| ≤ 2|value| + 1 there).
        let reach = 3e-9 * max(1, abs(value))
        var low = 0
        var high = numbers.count
        while low < high {
            let middle = (low + high) / 2
            if numbers[middle] < value - reach { low = middle + 1 } else { high = middle }
        }
        var found: [[Int]] = []
        var position = low
        while position < numbers.count, numbers[position] <= value + reach {
            if Self.same(.number(numbers[position]), wanted), let rows = rowsByNumber[numbers[position]] {
                found.append(rows)
            }
            position += 1
        }
        return found.count == 1 ? found[0] : found.joined().sorted()
    }
}
