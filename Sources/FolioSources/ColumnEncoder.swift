import FolioData
import FolioQuery
import NIOCore
import PostgresNIO

/// One result column of a pull, written cell by cell straight into the snapshot's CSV bytes, and the type
/// its values will read back as.
///
/// A cell's bytes are those of `CSVWriter.field(CellText.text(cell))` (tests hold the two paths to each
/// other), written without a `String` per cell: a million-row pull writes ten million cells, and making
/// Strings of them was most of its time. Text that could need quotes or a Unicode look (white space at an
/// end, a comma, a quote, a line break, a non-ASCII first or last byte) or that is not valid UTF-8 takes
/// the `String` path.
struct ColumnEncoder: Sendable {
    private enum Form {
        case bool, int2, int4, int8, float4, float8, numeric, date, timestamp, timestamptz, text
        /// Anything else (uuid, json, text-format results): through `CellText.text`.
        case other
    }

    private let form: Form
    let kind: CellText.Kind
    /// Text columns: whether every value so far (NULLs aside) is an ISO month, an ISO day.
    private var shape = TextShape()

    /// nil for a type a snapshot cannot hold.
    init?(type: PostgresDataType, format: PostgresFormat) {
        guard let kind = CellText.kind(of: type) else { return nil }
        self.kind = kind
        guard format == .binary else {
            form = .other
            return
        }
        form =
            switch type {
            case .bool: .bool
            case .int2: .int2
            case .int4: .int4
            case .int8: .int8
            case .float4: .float4
            case .float8: .float8
            case .numeric: .numeric
            case .date: .date
            case .timestamp: .timestamp
            case .timestamptz: .timestamptz
            case .text, .varchar, .bpchar, .name: .text
            default: .other
            }
    }

    /// The type the column reads back as, once `rows` rows are written.
    func type(rows: Int) -> ColumnType {
        shape.type(of: kind, rows: rows)
    }

    /// Appends the cell's CSV field (nothing for NULL).
    mutating func append(_ cell: PostgresCell, to out: inout [UInt8]) throws {
        let start = out.count
        // One look at the cell's bytes, borrowed where they are (`if let bytes = cell.bytes` would copy the
        // buffer: a retain and a release per cell); ByteBuffer's own readers check exclusive access on every
        // call.
        guard let written = try cell.bytes?.withUnsafeReadableBytes({ raw in try appendBinary(raw, to: &out) })
        else { return }
        if !written, try appendThroughString(cell, to: &out), kind == .text { track(out[start...]) }
    }

    /// Appends the field from the cell's binary form; false when it takes the `String` path instead.
    private mutating func appendBinary(_ raw: UnsafeRawBufferPointer, to out: inout [UInt8]) throws -> Bool {
        let start = out.count
        switch form {
        case .bool:
            guard let value = raw.first else { return true }
            out.append(value == 0 ? UInt8(ascii: "0") : UInt8(ascii: "1"))
        case .int2:
            guard raw.count >= 2 else { return true }
            appendInteger(Int64(CellBytes.int16(raw, at: 0)), to: &out)
        case .int4:
            guard raw.count >= 4 else { return true }
            appendInteger(Int64(CellBytes.int32(raw)), to: &out)
        case .int8:
            guard raw.count >= 8 else { return true }
            appendInteger(CellBytes.int64(raw), to: &out)
        case .numeric:
            // Bytes that end early write nothing: an empty field, as `CellText` reads them (nil).
            try out.append(addingCapacity: CellBytes.numericCapacity(raw)) {
                span throws(CellText.Unwritable) in _ = try CellBytes.appendNumeric(raw, to: &span)
            }
        case .date:
            guard raw.count >= 4 else { return true }
            let days = CellBytes.int32(raw)
            guard days != Int32.max, days != Int32.min else {
                throw CellText.Unwritable(reason: "an infinite date is not a day Folio can show")
            }
            out.append(addingCapacity: CellBytes.dayCapacity) { CellBytes.appendDay(Int64(days), to: &$0) }
        case .float4:
            guard raw.count >= 4 else { return true }
            try appendFinite(Double(Float(bitPattern: UInt32(bitPattern: CellBytes.int32(raw)))), to: &out)
        case .float8:
            guard raw.count >= 8 else { return true }
            try appendFinite(Double(bitPattern: UInt64(bitPattern: CellBytes.int64(raw))), to: &out)
        case .timestamp, .timestamptz:
            guard raw.count >= 8 else { return true }
            let micros = CellBytes.int64(raw)
            guard micros != Int64.max, micros != Int64.min else {
                throw CellText.Unwritable(reason: "an infinite timestamp is not a time Folio can show")
            }
            let zone = form == .timestamptz
            out.append(addingCapacity: CellBytes.timestampCapacity + 1) { span in
                CellBytes.appendTimestamp(micros, to: &span)
                if zone { span.append(UInt8(ascii: "Z")) }
            }
            track(out[start...])
        case .text:
            guard Self.isPlain(raw) else { return false }
            // As typed bytes, so that the copy is one `memcpy`.
            raw.withMemoryRebound(to: UInt8.self) { out.append(contentsOf: $0) }
            track(out[start...])
        case .other:
            return false
        }
        return true
    }

    private func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        out.append(addingCapacity: CellBytes.integerCapacity) { CellBytes.appendInteger(value, to: &$0) }
    }

    private func appendFinite(_ value: Double, to out: inout [UInt8]) throws(CellText.Unwritable) {
        try out.append(addingCapacity: CellBytes.finiteCapacity) {
            span throws(CellText.Unwritable) in try CellBytes.appendFinite(value, to: &span)
        }
    }

    /// The cell through `CellText.text` and `CSVWriter.field`; false for a cell that reads as NULL.
    private func appendThroughString(_ cell: PostgresCell, to out: inout [UInt8]) throws -> Bool {
        guard let text = try CellText.text(cell) else { return false }
        out.append(contentsOf: CSVWriter.field(text).utf8)
        return true
    }

    /// Text written as it is, byte for byte: valid UTF-8 with a printable ASCII byte at each end (so no
    /// white space there) and no comma, quote or line break. Anything else may need quotes.
    static func isPlain(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first, let last = bytes.last, (0x21...0x7E).contains(first),
            (0x21...0x7E).contains(last)
        else { return false }
        var ascii = true
        for byte in bytes {
            // Letters and digits are above the comma: one comparison for most bytes.
            if byte <= UInt8(ascii: ",") {
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
                    return false
                }
            } else if byte >= 0x80 {
                ascii = false
            }
        }
        if ascii { return true }
        // Not ASCII: valid UTF-8 only (the String path repairs what is not).
        return !transcode(bytes.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true) { _ in }
    }

    private mutating func track(_ field: ArraySlice<UInt8>) {
        shape.track(field)
    }
}
