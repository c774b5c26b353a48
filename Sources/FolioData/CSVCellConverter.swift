/// Turns one field of a `CSVStream` into its column's value as `CSVReader` would: the shapes nearly
/// every cell has read straight from the bytes, the rest through `CellParser` like any `RawCell`.
///
/// `nil` means `CellParser` refuses the cell: the caller then lets `CSVReader` read the file, so the
/// author sees its located diagnostics. Differential tests hold both forms to `CSVReader`'s values.
struct CSVCellConverter {
    var name: String
    var type: ColumnType
    var unitSeconds: Double
    var parser: CellParser
    var mark: UInt8

    /// The cell in the form SQLite stores it, for a query's load.
    func streamCell(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> CSVStreamCell? {
        if span.start == span.end { return .missing }
        if CSVStream.isClean(span, in: buffer), let cell = fastStreamCell(span, in: buffer) { return cell }
        switch parsed(span, in: buffer) {
        case nil: return nil
        case .missing: return .missing
        case let .number(value): return .number(value)
        case let .text(text): return .text(text)
        case let .month(year, month): return .text(ISOShape.text(year, month))
        case let .day(year, month, day): return .text(ISOShape.text(year, month, day))
        }
    }

    /// The cell as a `DataTable` holds it, for a page that reads the file.
    func tableCell(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> Cell? {
        if span.start == span.end { return .missing }
        if CSVStream.isClean(span, in: buffer), let cell = fastTableCell(span, in: buffer) { return cell }
        return parsed(span, in: buffer)
    }

    /// The general path: the field's text as `CSVReader` keeps it, read by `CellParser`.
    private func parsed(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> Cell? {
        let raw = RawCell(text: CSVStream.text(span, in: buffer), line: 0, column: 0)
        return try? parser.cell(raw, as: type, column: name)
    }

    /// The shapes nearly every cell has, read without a `String`; `nil` sends the cell to `CellParser`.
    private func fastStreamCell(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> CSVStreamCell?
    {
        let (start, end) = (span.start, span.end)
        switch type {
        case .text:
            return .bytes(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        case .number, .percent, .duration:
            return fastNumber(span, in: buffer).map { .number($0) }
        case .month:
            guard validMonth(span, in: buffer) != nil else { return nil }
            return .bytes(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        case .date:
            guard validDay(span, in: buffer) != nil else { return nil }
            return .bytes(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    /// `fastStreamCell` as a table's `Cell`: text copied into a `String`, months and days as numbers.
    private func fastTableCell(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> Cell? {
        switch type {
        case .text:
            return .text(String(decoding: UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]), as: UTF8.self))
        case .number, .percent, .duration:
            return fastNumber(span, in: buffer).map { .number($0) }
        case .month:
            return validMonth(span, in: buffer).map { .month(year: $0.0, month: $0.1) }
        case .date:
            return validDay(span, in: buffer).map { .day(year: $0.0, month: $0.1, day: $0.2) }
        }
    }

    /// A plain decimal in the column's unit: a percent as a fraction, a duration in seconds.
    private func fastNumber(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let value = PlainDecimal.value(buffer, from: span.start, to: span.end, mark: mark) else { return nil }
        switch type {
        case .percent: return value / 100
        case .duration: return value * unitSeconds
        default: return value
        }
    }

    private func validMonth(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard let (year, month) = ISOShape.month(buffer, span.start, span.end), (1...12).contains(month) else {
            return nil
        }
        return (year, month)
    }

    private func validDay(_ span: CSVByteTokenizer.Span, in buffer: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard let (year, month, day) = ISOShape.day(buffer, span.start, span.end), (1...12).contains(month),
            (1...ISODate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        return (year, month, day)
    }
}
