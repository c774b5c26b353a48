/// A page's table read straight from the stream's bytes, equal to what `CSVReader` makes of them.
///
/// `CSVReader` makes a `Character` walk, a `String` per field and a `RawCell` per value before typing
/// them: re-reading a 10,000-row file after a one-row save in `folio serve` was 31 % of the save
/// (perf, bench/pages-from-data). The bytes have been checked by `open` (UTF-8, widths, types), so the
/// table is typed from them in one pass, with the same converters queries use. A file the byte path
/// cannot read (a bad value, an unusual field) is read by `CSVReader`, whose diagnostics the author sees.
extension CSVStream {
    /// The file read into a table, for a page that reads it directly.
    /// - Throws: `CSVReader`'s diagnostics when a value does not fit its column.
    public func table() throws -> DataTable {
        if let table = bytes.withUnsafeBufferPointer({ readTable($0) }) { return table }
        return try CSVReader(schema: schema).read(bytes, path: path)
    }

    /// The byte path, or `nil` where `CSVReader` must read the file.
    func readTable(_ buffer: UnsafeBufferPointer<UInt8>) -> DataTable? {
        let converters = converters()
        var values = [[Cell]](repeating: [], count: converters.count)
        for index in values.indices { values[index].reserveCapacity(rowCount) }
        var rowLines: [Int] = []
        rowLines.reserveCapacity(rowCount)
        var lines = LineCount(buffer: buffer)
        var tokenizer = CSVByteTokenizer(bytes: buffer, separator: separator, start: bodyStart)
        var spans: [CSVByteTokenizer.Span] = []
        while true {
            let line = lines.line(at: tokenizer.position)
            switch tokenizer.next(into: &spans) {
            case .unsupported: return nil
            case .end:
                guard rowLines.count == rowCount else { return nil }
                let columns = shape.columns.enumerated().map { index, column in
                    Column(name: column.name, type: column.type, values: values[index], index: column.index)
                }
                return DataTable(path: path, columns: columns, rowLines: rowLines)
            case .record:
                if Self.isBlank(spans) { continue }
                guard spans.count == converters.count else { return nil }
                for index in spans.indices {
                    guard let cell = converters[index].tableCell(spans[index], in: buffer) else { return nil }
                    values[index].append(cell)
                }
                rowLines.append(line)
            }
        }
    }

    /// The 1-based line of a byte offset, counted as `CSVTokenizer` counts lines: LF, CRLF and a lone CR
    /// each end one (the bytes `CSVByteCheck` accepts join no other character to them). Offsets are asked
    /// for in increasing order, so each byte is looked at once.
    struct LineCount {
        let buffer: UnsafeBufferPointer<UInt8>
        private var counted = 0
        private var line = 1

        init(buffer: UnsafeBufferPointer<UInt8>) {
            self.buffer = buffer
        }

        mutating func line(at offset: Int) -> Int {
            while counted < offset {
                let byte = buffer[counted]
                if byte == 0x0A {
                    line += 1
                } else if byte == 0x0D, counted + 1 == buffer.count || buffer[counted + 1] != 0x0A {
                    line += 1
                }
                counted += 1
            }
            return line
        }
    }
}
