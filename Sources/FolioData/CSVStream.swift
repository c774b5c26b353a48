import FolioDiagnostics

/// A CSV file read for a query without a `DataTable`: its header and column types found in one pass over
/// the bytes, its rows handed out one at a time from the same bytes, each cell a `Double` or a byte slice.
///
/// `CSVReader` keeps a `String` per cell and then a `Cell` per value; for a 1,000,000-row export that was
/// most of a gigabyte and most of the load time (bench/query, bench/HISTORY.md "Queries"). The stream keeps
/// only the file's bytes. It types columns exactly as `CSVReader` does (same parsers, `StreamingInference`
/// for undeclared columns) and never reports a problem itself: a file it cannot read on the fast path
/// (bad UTF-8, a ragged row, a bad value, unusual characters) is handed to `CSVReader`, so an author sees
/// the same located diagnostics either way. Differential tests hold the two readers to the same output.
public struct CSVStream: Sendable {
    /// What `open` made of a file: a stream, or the table `CSVReader` read when the stream could not.
    public enum Opened: Sendable {
        case stream(CSVStream)
        case table(DataTable)
    }

    public let path: String
    public let schema: TableSchema
    /// The columns with their types and no rows: the table's shape, for `CREATE TABLE` and hints.
    public let shape: DataTable
    /// Data rows (blank lines not counted).
    public let rowCount: Int
    let bytes: [UInt8]
    let bodyStart: Int
    let separator: UInt8
    let decimalMark: UInt8

    /// Reads the header, checks every row's width and infers the column types, keeping no cell.
    /// - Throws: `CSVReader`'s diagnostics when the file has a problem.
    public static func open(_ bytes: [UInt8], path: String, schema: TableSchema = TableSchema()) throws -> Opened {
        let scanned = bytes.withUnsafeBufferPointer { scan($0, path: path, schema: schema) }
        guard let scanned else { return .table(try CSVReader(schema: schema).read(bytes, path: path)) }
        return .stream(
            CSVStream(
                path: path, schema: schema, shape: scanned.shape, rowCount: scanned.rowCount, bytes: bytes,
                bodyStart: scanned.bodyStart, separator: scanned.separator, decimalMark: scanned.decimalMark))
    }

    /// Calls `body` with each data row's cells, one per column, in file order; the array is reused.
    /// - Throws: what `body` throws, or `CSVReader`'s diagnostics for a value its column cannot hold.
    public func forEachRow(_ body: ([CSVStreamCell]) throws -> Void) throws {
        let columns = converters()
        var failed = false
        try bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = CSVByteTokenizer(bytes: buffer, separator: separator, start: bodyStart)
            var spans: [CSVByteTokenizer.Span] = []
            var row: [CSVStreamCell] = []
            row.reserveCapacity(columns.count)
            while case .record = tokenizer.next(into: &spans) {
                if Self.isBlank(spans) { continue }
                guard spans.count == columns.count else {
                    failed = true
                    return
                }
                row.removeAll(keepingCapacity: true)
                for (span, converter) in zip(spans, columns) {
                    guard let cell = converter.streamCell(span, in: buffer) else {
                        failed = true
                        return
                    }
                    row.append(cell)
                }
                try body(row)
            }
        }
        if failed { try throwReaderDiagnostics() }
    }

    /// Converts every cell as a query's load would, keeping none, so a bad value is reported when the file
    /// is loaded rather than when (or whether) a query first reads it.
    /// - Throws: `CSVReader`'s diagnostics for the file, located at the bad cells.
    public func validate() throws {
        try forEachRow { _ in }
    }

    /// One converter per column, in the header's order, for the file's decimal mark and duration units.
    func converters() -> [CSVCellConverter] {
        let numbers = NumberParser(decimalMark: Character(Unicode.Scalar(decimalMark)))
        return shape.columns.map { column in
            let unit = schema.durationUnits[column.name] ?? .minutes
            let durations = DurationParser(numbers: numbers, plainUnit: unit)
            return CSVCellConverter(
                name: column.name, type: column.type, unitSeconds: DurationParser.seconds(in: unit),
                parser: CellParser(numbers: numbers, durations: durations), mark: decimalMark)
        }
    }

    /// The same file: the same path, schema and bytes.
    func hasSameSource(as other: CSVStream) -> Bool {
        path == other.path && schema == other.schema && bytes == other.bytes
    }

    /// Runs `CSVReader` on the file for the diagnostics it gives; used only once the stream met a problem.
    private func throwReaderDiagnostics() throws {
        _ = try CSVReader(schema: schema).read(bytes, path: path)
        throw Diagnostic(
            SourceLocation(path: path),
            "the CSV stream and CSVReader disagree about this file",
            hint: "This is a bug in Folio; please report it with the file.")
    }

    private struct Scanned {
        var shape: DataTable
        var rowCount: Int
        var bodyStart: Int
        var separator: UInt8
        var decimalMark: UInt8
    }

    /// The first pass, or `nil` when `CSVReader` must read the file (for its diagnostics or its rules).
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, path: String, schema: TableSchema) -> Scanned? {
        guard let start = CSVByteCheck.start(of: buffer) else { return nil }
        let separator: UInt8
        if let declared = schema.separator {
            // A line break or quote as the separator would meet CRLF and quoting rules differently
            // in bytes than in `Character`s: such a file is left to `CSVReader`.
            guard let ascii = declared.asciiValue, ![0x0A, 0x0D, UInt8(ascii: "\"")].contains(ascii) else {
                return nil
            }
            separator = ascii
        } else {
            separator = CSVByteTokenizer.detectSeparator(in: buffer, from: start)
        }
        guard let mark = (schema.decimalMark ?? (separator == UInt8(ascii: ";") ? "," : ".")).asciiValue else {
            return nil
        }
        var tokenizer = CSVByteTokenizer(bytes: buffer, separator: separator, start: start)
        var spans: [CSVByteTokenizer.Span] = []
        var step = tokenizer.next(into: &spans)
        while case .record = step, isBlank(spans) { step = tokenizer.next(into: &spans) }
        guard case .record = step else { return nil }
        let names = spans.map { text($0, in: buffer) }
        guard Set(names).count == names.count, !names.contains(""),
            Set(schema.columnTypes.keys).union(schema.durationUnits.keys).isSubset(of: names)
        else { return nil }
        let bodyStart = tokenizer.position

        let numbers = NumberParser(decimalMark: Character(Unicode.Scalar(mark)))
        var inferences = names.map { schema.columnTypes[$0] == nil ? StreamingInference() : nil }
        let durations = names.map { DurationParser(numbers: numbers, plainUnit: schema.durationUnits[$0] ?? .minutes) }
        var rowCount = 0
        while true {
            switch tokenizer.next(into: &spans) {
            case .unsupported: return nil
            case .end:
                guard rowCount > 0 else { return nil }
                let columns = names.enumerated().map { index, name in
                    let type = schema.columnTypes[name] ?? inferences[index]?.type ?? .text
                    return Column(name: name, type: type, values: [], index: index + 1)
                }
                return Scanned(
                    shape: DataTable(path: path, columns: columns, rowLines: []), rowCount: rowCount,
                    bodyStart: bodyStart, separator: separator, decimalMark: mark)
            case .record:
                if isBlank(spans) { continue }
                guard spans.count == names.count else { return nil }
                rowCount += 1
                for index in spans.indices {
                    guard var inference = inferences[index], !inference.isText else { continue }
                    infer(spans[index], into: &inference, in: buffer, mark: mark) {
                        $0.add($1, numbers: numbers, durations: durations[index])
                    }
                    inferences[index] = inference
                }
            }
        }
    }

    /// Feeds one cell to a column's inference: the common shapes straight from the bytes, the rest as text.
    private static func infer(
        _ span: CSVByteTokenizer.Span, into inference: inout StreamingInference, in buffer: UnsafeBufferPointer<UInt8>,
        mark: UInt8, general: (inout StreamingInference, String) -> Void
    ) {
        if span.start == span.end { return }
        if isClean(span, in: buffer) {
            if PlainDecimal.value(buffer, from: span.start, to: span.end, mark: mark) != nil {
                return inference.addPlainNumber()
            }
            if ISOShape.month(buffer, span.start, span.end) != nil { return inference.addMonthShape() }
            if ISOShape.day(buffer, span.start, span.end) != nil { return inference.addDayShape() }
        }
        let value = text(span, in: buffer)
        if !value.isEmpty { general(&inference, value) }
    }

    /// A line with nothing on it, which `CSVReader` skips.
    static func isBlank(_ spans: [CSVByteTokenizer.Span]) -> Bool {
        spans.count == 1 && spans[0].start == spans[0].end && !spans[0].wasQuoted
    }

    /// No `""` to undo and a printable ASCII character at each end, so `RawCell`'s trim would keep it as is.
    static func isClean(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        !span.hasDoubledQuotes && (0x21...0x7E).contains(buffer[span.start])
            && (0x21...0x7E).contains(buffer[span.end - 1])
    }

    /// The field's text as `CSVReader` keeps it: `""` undone, then trimmed like `RawCell`.
    static func text(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> String {
        let slice = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
        guard span.hasDoubledQuotes else { return String(decoding: slice, as: UTF8.self).trimmingWhitespace() }
        var undone: [UInt8] = []
        undone.reserveCapacity(slice.count)
        var skipNext = false
        for byte in slice {
            if skipNext {
                skipNext = false
                continue
            }
            undone.append(byte)
            if byte == UInt8(ascii: "\"") { skipNext = true }
        }
        return String(decoding: undone, as: UTF8.self).trimmingWhitespace()
    }
}
