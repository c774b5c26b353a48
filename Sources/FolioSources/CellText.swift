import FolioData
import Foundation
import NIOCore
import PostgresNIO

/// How one PostgreSQL column becomes snapshot text that Folio reads back as the same value and type.
///
/// Numbers (integers, floats, `numeric`, booleans as 1/0) become `number`; `date` becomes `date`;
/// text becomes `text`, or `month`/`date` when every value is ISO text of one (as a SQLite query's result
/// column is typed); timestamps become ISO text (`2026-03-01T08:30:00`, `Z` for `timestamptz`, in UTC).
/// NULL is an empty field. Any other type is refused, naming the column: cast it in the SQL.
enum CellText {
    /// What the column's values will read back as, before the values are seen.
    enum Kind: Sendable, Equatable {
        case number
        case date
        case text
    }

    static func kind(of type: PostgresDataType) -> Kind? {
        switch type {
        case .bool, .int2, .int4, .int8, .float4, .float8, .numeric: .number
        case .date: .date
        case .text, .varchar, .bpchar, .name, .char, .uuid, .json, .jsonb, .timestamp, .timestamptz: .text
        default: nil
        }
    }

    struct Unwritable: Error {
        var reason: String
    }

    /// The cell's text, or nil for NULL.
    static func text(_ cell: PostgresCell) throws -> String? {
        guard var bytes = cell.bytes else { return nil }
        switch cell.dataType {
        case .bool:
            return bytes.readInteger(as: UInt8.self).map { $0 == 0 ? "0" : "1" }
        case .int2:
            return bytes.readInteger(as: Int16.self).map { String($0) }
        case .int4:
            return bytes.readInteger(as: Int32.self).map { String($0) }
        case .int8:
            return bytes.readInteger(as: Int64.self).map { String($0) }
        case .float4:
            guard let bits = bytes.readInteger(as: UInt32.self) else { return nil }
            return try finite(Double(Float(bitPattern: bits)))
        case .float8:
            guard let bits = bytes.readInteger(as: UInt64.self) else { return nil }
            return try finite(Double(bitPattern: bits))
        case .numeric:
            guard cell.format == .binary else { return try cell.decode(Decimal.self).description }
            return try numeric(&bytes)
        case .date:
            guard let days = bytes.readInteger(as: Int32.self) else { return nil }
            guard days != Int32.max, days != Int32.min else {
                throw Unwritable(reason: "an infinite date is not a day Folio can show")
            }
            return day(Int64(days))
        case .timestamp, .timestamptz:
            guard let micros = bytes.readInteger(as: Int64.self) else { return nil }
            guard micros != Int64.max, micros != Int64.min else {
                throw Unwritable(reason: "an infinite timestamp is not a time Folio can show")
            }
            return timestamp(micros) + (cell.dataType == .timestamptz ? "Z" : "")
        case .uuid:
            return try cell.decode(String.self).lowercased()
        default:
            return try cell.decode(String.self)
        }
    }

    /// A binary `numeric` as plain decimal text without trailing fraction zeros (`616.0000` is `616`).
    static func numeric(_ bytes: inout ByteBuffer) throws -> String? {
        var out: [UInt8] = []
        var written = false
        try bytes.withUnsafeReadableBytes { raw throws(Unwritable) in
            try out.append(addingCapacity: CellBytes.numericCapacity(raw)) { span throws(Unwritable) in
                written = try CellBytes.appendNumeric(raw, to: &span)
            }
        }
        return written ? String(decoding: out, as: UTF8.self) : nil
    }

    private static func finite(_ value: Double) throws -> String {
        var out: [UInt8] = []
        try out.append(addingCapacity: CellBytes.finiteCapacity) { span throws(Unwritable) in
            try CellBytes.appendFinite(value, to: &span)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `2026-03-01` for a day counted from PostgreSQL's epoch, 2000-01-01.
    static func day(_ daysSince2000: Int64) -> String {
        var out: [UInt8] = []
        out.append(addingCapacity: CellBytes.dayCapacity) { CellBytes.appendDay(daysSince2000, to: &$0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `2026-03-01T08:30:00` (with `.250000` when there are fractions of a second), from microseconds since
    /// 2000-01-01 00:00.
    static func timestamp(_ micros: Int64) -> String {
        var out: [UInt8] = []
        out.append(addingCapacity: CellBytes.timestampCapacity) { CellBytes.appendTimestamp(micros, to: &$0) }
        return String(decoding: out, as: UTF8.self)
    }
}
