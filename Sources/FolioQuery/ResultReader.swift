import Csqlite3
import FolioData
import FolioDiagnostics

/// Steps a prepared query and turns its rows into a typed `DataTable`.
///
/// A column's Folio type comes from, in order: the type the caller declares for it (a chart that knows
/// `share` is a percent); the declared type of the table column it plainly reads (`SELECT csat …` stays a
/// percent, through subqueries and CTEs too); else the values: all numbers → number, all ISO months →
/// month, all ISO dates → date, otherwise text. Aggregates such as `avg(csat)` are expressions, so they
/// come back as plain numbers unless declared.
struct ResultReader {
    var query: Query
    var declaredTypes: [String: ColumnType]

    /// One cell as SQLite gave it, before the column's type is decided.
    enum Raw {
        case null
        case number(Double)
        case text(String)
    }

    /// Reads every row; stops with `SQLiteError` when a step fails (the caller words it).
    func read(_ statement: OpaquePointer, database: SQLiteDatabase) throws -> DataTable {
        let count = Int(sqlite3_column_count(statement))
        var names: [String] = []
        var tableTypes: [ColumnType?] = []
        for index in 0..<count {
            names.append(
                sqlite3_column_name(statement, Int32(index)).map { String(cString: $0) } ?? "column\(index + 1)")
            tableTypes.append(
                TableLoader.columnType(
                    declared: sqlite3_column_decltype(statement, Int32(index)).map { String(cString: $0) }))
        }
        try rejectDuplicates(names)
        var cells = Array(repeating: [Raw](), count: count)
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw database.lastError }
            for index in 0..<count {
                let column = Int32(index)
                switch sqlite3_column_type(statement, column) {
                case SQLITE_NULL: cells[index].append(.null)
                case SQLITE_INTEGER, SQLITE_FLOAT:
                    cells[index].append(.number(sqlite3_column_double(statement, column)))
                default:
                    let text = sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
                    cells[index].append(.text(text))
                }
            }
        }
        var columns: [Column] = []
        for index in 0..<count {
            let declared = declaredTypes[names[index]]
            columns.append(
                try column(
                    names[index], index: index, raw: cells[index], declared: declared, fromTable: tableTypes[index]))
        }
        let rows = cells.first?.count ?? 0
        return DataTable(
            path: query.start.path, columns: columns, rowLines: Array(repeating: query.start.line ?? 1, count: rows))
    }

    private func rejectDuplicates(_ names: [String]) throws {
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted {
            throw Diagnostic(
                query.start, "query returns two columns named '\(name)'",
                hint: "name each result column once, e.g. `avg(x) AS \(name)_avg`")
        }
    }

    private func column(_ name: String, index: Int, raw: [Raw], declared: ColumnType?, fromTable: ColumnType?) throws
        -> Column
    {
        if let declared {
            return Column(
                name: name, type: declared, values: try cells(raw, as: declared, column: name), index: index + 1)
        }
        if let fromTable, let values = try? cells(raw, as: fromTable, column: name) {
            return Column(name: name, type: fromTable, values: values, index: index + 1)
        }
        for candidate in [ColumnType.number, .month, .date] {
            if let values = try? cells(raw, as: candidate, column: name) {
                return Column(name: name, type: candidate, values: values, index: index + 1)
            }
        }
        return Column(name: name, type: .text, values: raw.map(Self.textCell), index: index + 1)
    }

    /// The cells of one column read as `type`; throws at the first value that is not one.
    private func cells(_ raw: [Raw], as type: ColumnType, column: String) throws -> [Cell] {
        try raw.enumerated().map { row, value in
            switch (type, value) {
            case (_, .null): return .missing
            case (.text, _): return Self.textCell(value)
            case (.number, .number(let number)), (.percent, .number(let number)), (.duration, .number(let number)):
                return .number(number)
            case (.month, .text(let text)):
                if let (year, month) = ISOText.month(text) { return .month(year: year, month: month) }
            case (.date, .text(let text)):
                if let (year, month, day) = ISOText.day(text) { return .day(year: year, month: month, day: day) }
            default: break
            }
            throw Diagnostic(
                query.start,
                "column '\(column)' is declared \(type.rawValue) but row \(row + 1) holds \(Self.describe(value))",
                hint: type == .month || type == .date
                    ? "return ISO text (`2026-03`, `2026-03-01`), e.g. `strftime('%Y-%m', created)`"
                    : "return numbers in this column, or declare it text")
        }
    }

    private static func textCell(_ value: Raw) -> Cell {
        switch value {
        case .null: .missing
        case let .text(text): .text(text)
        case let .number(number):
            .text(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
        }
    }

    private static func describe(_ value: Raw) -> String {
        switch value {
        case .null: "NULL"
        case let .number(number): "the number \(number)"
        case let .text(text): "'\(text)'"
        }
    }
}
