/// A column's rows grouped by value, so that a `filter:` on each of 10,000 pages, whether a generated
/// page's `filter: {team: ":team"}` or a written page's `filter: {team: Team 09}`, costs the page's
/// own rows, not a scan of the whole file per page (issue 29; bench/pages-from-data). Built once per
/// data file and column (`DataFile.index`).
///
/// It answers exactly what a scan answers: with `ColumnIndex.same` for a row's value, with
/// `FilterText`'s rule for an author's text. Numbers are kept sorted, so the few that may be equal
/// within rounding are found by a binary search instead of a scan.
public struct ColumnIndex: Sendable {
    /// Rows by value, for every cell that is not a number; each list in row order.
    private var rowsByCell: [Cell: [Int]] = [:]
    /// Rows of month and day cells by their ISO spelling (`2026-03`), as filter text names them.
    private var rowsBySpelling: [String: [Int]] = [:]
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
                if let spelling = FilterText.spelling(of: cell) { rowsBySpelling[spelling, default: []].append(row) }
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
        return joined(numbers(near: value).filter { Self.same(.number($0), wanted) })
    }

    /// The rows whose cell matches a literal filter's text (`FilterText.cell(_:matches:number:)`), in
    /// row order; `number` is the text read as a quantity, or nil.
    public func rows(matchingText text: String, number: Double?) -> [Int] {
        var found: [[Int]] = []
        if let rows = rowsByCell[.text(text)] { found.append(rows) }
        if text.isEmpty, let rows = rowsByCell[.missing] { found.append(rows) }
        if let rows = rowsBySpelling[text] { found.append(rows) }
        // A number matches the numbers within rounding and, as the rule reads, an infinite cell other
        // than itself (|inf - x| is within inf of it); NaN matches nothing.
        if let number {
            let infinities = [-Double.infinity, .infinity].filter { rowsByNumber[$0] != nil }
            let candidates = (number.isFinite ? numbers(near: number) : []) + infinities
            found += candidates.filter { FilterText.number($0, matches: number) }.compactMap { rowsByNumber[$0] }
        }
        return found.count == 1 ? found[0] : found.joined().sorted()
    }

    /// The distinct finite numbers of the column within rounding of `value`: a window of 3e-9 of its
    /// size holds every number either rule calls equal to it (|x| ≤ 2|value| + 1 there).
    private func numbers(near value: Double) -> [Double] {
        let reach = 3e-9 * max(1, abs(value))
        var low = 0
        var high = numbers.count
        while low < high {
            let middle = (low + high) / 2
            if numbers[middle] < value - reach { low = middle + 1 } else { high = middle }
        }
        var found: [Double] = []
        var position = low
        while position < numbers.count, numbers[position] <= value + reach {
            if numbers[position].isFinite { found.append(numbers[position]) }
            position += 1
        }
        return found
    }

    /// The rows of the given numbers, in row order.
    private func joined(_ found: [Double]) -> [Int] {
        let lists = found.compactMap { rowsByNumber[$0] }
        return lists.count == 1 ? lists[0] : lists.joined().sorted()
    }
}
