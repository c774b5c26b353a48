import FolioDiagnostics
import Foundation

/// Reads a JSON data file, an array of flat objects (`[{"month": "2026-03", "csat": 87.5}, …]`), into a
/// `DataTable` with the same column types and inference as CSV.
///
/// Columns follow the order keys first appear; a key missing from an object is a missing cell. Numbers are
/// JSON numbers (decimal point), strings are read with the schema's decimal mark (default `.`).
/// Throws a `Diagnostic` or `DiagnosticList` at `path:line:column`.
public struct JSONTableReader: Sendable {
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
        let elements = try topLevelElements(in: bytes, path: path)
        var batch = DiagnosticBatch()
        let (header, raw, rowLines) = rawRows(elements, path: path, batch: &batch)
        // Keys first seen in later rows are missing from earlier ones.
        let rows = raw.enumerated().map { offset, cells in
            cells + (cells.count..<header.count).map { _ in RawCell(text: "", line: rowLines[offset], column: 1) }
        }
        let builder = TableBuilder(path: path, schema: schema, decimalMark: schema.decimalMark ?? ".")
        return try builder.table(header: header, rows: rows, rowLines: rowLines, earlier: batch.all)
    }

    /// The top-level array's elements; throws if the file is empty, not an array, or an empty one.
    private func topLevelElements(in bytes: [UInt8], path: String) throws -> [JSONNode] {
        let text = try UTF8Text.decode(
            bytes, path: path, hint: "Save the file as UTF-8; in Excel choose 'CSV UTF-8 (Comma delimited)'.")
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw Diagnostic(
                SourceLocation(path: path, line: 1, column: 1),
                "data file is empty",
                hint: "Write an array of objects, one per row: [{\"month\": \"2026-03\", \"csat\": 87.5}]."
            )
        }
        var parser = JSONParser(bytes: Array(text.utf8), path: path)
        let document = try parser.parseDocument()
        guard case let .array(elements) = document.value else {
            throw Diagnostic(
                SourceLocation(path: path, line: document.line, column: document.column),
                "expected an array of objects at the top level, found \(document.kindName)",
                hint: "Wrap the rows in [ ]: [{\"month\": \"2026-03\", \"csat\": 87.5}, …]."
            )
        }
        guard !elements.isEmpty else {
            throw Diagnostic(
                SourceLocation(path: path, line: document.line, column: document.column),
                "data file has no rows",
                hint: "Add at least one object to the array."
            )
        }
        return elements
    }

    /// Each object's flat values by column, columns in the order their keys first appear; a row missing a
    /// key gets a gap, a non-object row or a repeated key goes into `batch`.
    private func rawRows(
        _ elements: [JSONNode], path: String, batch: inout DiagnosticBatch
    ) -> (header: [RawCell], rows: [[RawCell]], rowLines: [Int]) {
        var header: [RawCell] = []
        var columnOfKey: [String: Int] = [:]
        var rows: [[RawCell]] = []
        var rowLines: [Int] = []
        for (rowIndex, element) in elements.enumerated() {
            guard case let .object(members) = element.value else {
                batch.append(
                    Diagnostic(
                        location(path, element),
                        "row \(rowIndex + 1) is \(element.kindName), expected an object",
                        hint: "Write each row as an object of column names to values: {\"month\": \"2026-03\"}."
                    )
                )
                continue
            }
            var row: [Int: RawCell] = [:]
            for member in members {
                guard let cell = rawCell(member, row: rowIndex, path: path, batch: &batch) else { continue }
                let column: Int
                if let known = columnOfKey[member.key] {
                    column = known
                } else {
                    column = header.count
                    columnOfKey[member.key] = column
                    header.append(RawCell(text: member.key, line: member.line, column: member.column))
                }
                if row[column] != nil {
                    batch.append(
                        Diagnostic(
                            SourceLocation(path: path, line: member.line, column: member.column),
                            "key '\(member.key)' appears twice in row \(rowIndex + 1)",
                            hint: "Keep one value per key in each object."
                        )
                    )
                }
                row[column] = cell
            }
            rows.append((0..<header.count).map { row[$0] ?? gap(at: element) })
            rowLines.append(element.line)
        }
        return (header, rows, rowLines)
    }

    /// A flat value as a raw cell; nested objects and arrays are reported and left out.
    private func rawCell(
        _ member: JSONNode.Member,
        row: Int,
        path: String,
        batch: inout DiagnosticBatch
    ) -> RawCell? {
        let node = member.value
        switch node.value {
        case let .string(text): return RawCell(text: text, line: node.line, column: node.column)
        case let .number(value, literal):
            return RawCell(text: literal, number: value, line: node.line, column: node.column)
        case let .bool(value): return RawCell(text: value ? "true" : "false", line: node.line, column: node.column)
        case .null: return RawCell(text: "", line: node.line, column: node.column)
        case .object, .array:
            batch.append(
                Diagnostic(
                    location(path, node),
                    "key '\(member.key)' in row \(row + 1) holds \(node.kindName); table values must be flat",
                    hint: "Use a string, number, true/false or null, or move the nested data to its own column."
                )
            )
            return nil
        }
    }

    private func gap(at element: JSONNode) -> RawCell {
        RawCell(text: "", line: element.line, column: element.column)
    }

    private func location(_ path: String, _ node: JSONNode) -> SourceLocation {
        SourceLocation(path: path, line: node.line, column: node.column)
    }
}
