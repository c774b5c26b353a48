import FolioDiagnostics
import Foundation

/// Reads a CSV data file into a typed `DataTable`: RFC 4180 quoting, LF or CRLF, an optional UTF-8 BOM,
/// and the `;` + decimal-comma exports Swedish and Romanian spreadsheets write (`87,5`, `1 234,5`).
///
/// Throws a `Diagnostic` for one problem or a `DiagnosticList` for several, each at `path:line:column`
/// with a hint. A value type: make one per file, or reuse it, it holds no state between reads.
public struct CSVReader: Sendable {
    public var schema: TableSchema

    public init(schema: TableSchema = TableSchema()) {
        self.schema = schema
    }

    /// Reads `data`; `path` is only shown in diagnostics.
    public func read(_ data: Data, path: String) throws -> DataTable {
        try read([UInt8](data), path: path)
    }

    /// Reads `bytes`; `path` is only shown in diagnostics.
    public func read(_ bytes: [UInt8], path: String) throws -> DataTable {
        let text = try UTF8Text.decode(
            bytes, path: path, hint: "Save the file as UTF-8; in Excel choose 'CSV UTF-8 (Comma delimited)'.")
        let separator = schema.separator ?? CSVTokenizer.detectSeparator(in: text)
        let decimalMark = schema.decimalMark ?? (separator == ";" ? "," : ".")
        var records = try CSVTokenizer(separator: separator, path: path).records(in: text)
        records.removeAll { $0.isBlank }
        guard let header = records.first else {
            throw Diagnostic(
                SourceLocation(path: path, line: 1, column: 1),
                "data file is empty",
                hint: "Add a header row naming the columns, then one row per data point."
            )
        }
        guard records.count > 1 else {
            throw Diagnostic(
                SourceLocation(path: path, line: header.line, column: 1),
                "data file has a header but no data rows",
                hint: "Add at least one row of values below the header."
            )
        }

        let width = header.fields.count
        var problems: [Diagnostic] = []
        var rows: [[RawCell]] = []
        var rowLines: [Int] = []
        rows.reserveCapacity(records.count - 1)
        rowLines.reserveCapacity(records.count - 1)
        for index in records.indices.dropFirst() {
            let record = records[index]
            // Each record's fields are let go once copied into cells, so the two are not held at once: peak
            // memory for a 200,000-row export fell from 350 to 252 MB (bench/query, bench/HISTORY.md "Queries").
            records[index].fields = []
            guard record.fields.count == width else {
                problems.append(widthProblem(record, expected: width, separator: separator, path: path))
                continue
            }
            rows.append(record.fields.map { RawCell(text: $0.text, line: $0.line, column: $0.column) })
            rowLines.append(record.line)
        }
        records = []
        let builder = TableBuilder(path: path, schema: schema, decimalMark: decimalMark)
        return try builder.table(
            header: header.fields.map { RawCell(text: $0.text, line: $0.line, column: $0.column) },
            rows: rows,
            rowLines: rowLines,
            earlier: problems
        )
    }

    /// Points at the first extra field, or at the end of a short row where the next field should be.
    private func widthProblem(_ record: CSVRecord, expected: Int, separator: Character, path: String) -> Diagnostic {
        let found = record.fields.count
        let location =
            found > expected
            ? SourceLocation(path: path, line: record.fields[expected].line, column: record.fields[expected].column)
            : SourceLocation(path: path, line: record.endLine, column: record.endColumn)
        let name = separator == "\t" ? "tab" : "'\(separator)'"
        return Diagnostic(
            location,
            "row has \(found) field\(found == 1 ? "" : "s"), expected \(expected) like the header",
            hint: found > expected
                ? "Quote values that contain the separator \(name) (\"1 234\(separator)5\"), or remove the extra \(name)."
                : "Add the missing values; leave a cell empty between two \(name) separators for a missing value."
        )
    }
}
