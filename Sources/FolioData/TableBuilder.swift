import FolioDiagnostics

/// Turns a header and rows of raw cells (from CSV or JSON) into a typed `DataTable`, shared by both readers
/// so a column means the same thing whichever format holds it.
///
/// Reports every header and cell problem of the file together (up to `DiagnosticBatch.limit`).
struct TableBuilder: Sendable {
    var path: String
    var schema: TableSchema
    var decimalMark: Character

    /// - Parameters:
    ///   - header: column names with where they were written.
    ///   - rows: one cell per column each; rows that could not be read are left out by the caller.
    ///   - rowLines: the source line of each row, for `DataTable.rowLines`.
    ///   - earlier: problems the caller already found (bad row widths), reported with these.
    func table(header: [RawCell], rows: [[RawCell]], rowLines: [Int], earlier: [Diagnostic] = []) throws -> DataTable {
        var batch = DiagnosticBatch()
        batch.append(contentsOf: earlier)
        let names = header.map(\.text)
        batch.append(contentsOf: headerProblems(header))
        batch.append(contentsOf: schemaProblems(names: names))
        guard batch.isEmpty else {
            try batch.throwIfAny()
            return DataTable(path: path, columns: [], rowLines: [])
        }

        let numbers = NumberParser(decimalMark: decimalMark)
        var columns: [Column] = []
        for (index, name) in names.enumerated() {
            let durations = DurationParser(numbers: numbers, plainUnit: schema.durationUnits[name] ?? .minutes)
            let parser = CellParser(numbers: numbers, durations: durations)
            let raws = rows.map { $0[index] }
            let type =
                schema.columnTypes[name]
                ?? ColumnInference.type(of: raws, numbers: numbers, durations: durations)
            var values: [Cell] = []
            values.reserveCapacity(raws.count)
            for raw in raws {
                do {
                    values.append(try parser.cell(raw, as: type, column: name))
                } catch {
                    values.append(.missing)
                    batch.append(
                        Diagnostic(location(raw.line, raw.column), error.message, hint: error.hint)
                    )
                }
            }
            columns.append(Column(name: name, type: type, values: values, index: index + 1))
        }
        try batch.throwIfAny()
        return DataTable(path: path, columns: columns, rowLines: rowLines)
    }

    private func headerProblems(_ header: [RawCell]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            if cell.text.isEmpty {
                problems.append(
                    Diagnostic(
                        location(cell.line, cell.column),
                        "column \(index + 1) has no name",
                        hint: "Give every column a name in the header row, or remove the extra separator."
                    )
                )
            } else if let first = seen[cell.text] {
                problems.append(
                    Diagnostic(
                        location(cell.line, cell.column),
                        "column name '\(cell.text)' is used twice (columns \(first + 1) and \(index + 1))",
                        hint: "Rename one of the columns; charts pick columns by name."
                    )
                )
            } else {
                seen[cell.text] = index
            }
        }
        return problems
    }

    /// A declared type for a column the file does not have is almost always a typo in the schema.
    private func schemaProblems(names: [String]) -> [Diagnostic] {
        let known = Set(names)
        let declared = Set(schema.columnTypes.keys).union(schema.durationUnits.keys)
        return declared.subtracting(known).sorted().map { name in
            Diagnostic(
                location(1, 1),
                "schema declares column '\(name)', which is not in the file (has: \(names.joined(separator: ", ")))",
                hint: "Use a column name from the header row in the schema, or remove the declaration."
            )
        }
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
