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

    /// A binary `numeric` as plain decimal text without trailing fraction zeros (`616.0000` is `616`), read
    /// straight from its base-10000 digit groups: going through `Decimal` took most of a pull's time.
    static func numeric(_ bytes: inout ByteBuffer) throws -> String? {
        guard let count = bytes.readInteger(as: Int16.self), let weight = bytes.readInteger(as: Int16.self),
            let sign = bytes.readInteger(as: UInt16.self), bytes.readInteger(as: Int16.self) != nil
        else { return nil }
        switch sign {
        case 0x0000, 0x4000: break
        case 0xC000: throw Unwritable(reason: "NaN is not a number Folio can show")
        default: throw Unwritable(reason: "an infinite number is not a number Folio can show")
        }
        var groups: [Int] = []
        groups.reserveCapacity(Int(count))
        for _ in 0..<max(0, Int(count)) {
            guard let group = bytes.readInteger(as: Int16.self) else { return nil }
            groups.append(Int(group))
        }
        var text: [UInt8] = []
        text.reserveCapacity(groups.count * 4 + 4)
        if weight < 0 {
            text.append(UInt8(ascii: "0"))
        } else {
            for index in 0...Int(weight) {
                let group = index < groups.count ? groups[index] : 0
                appendGroup(group, padded: index != 0, to: &text)
            }
        }
        var fraction: [UInt8] = []
        if Int(weight) + 1 < groups.count {
            for index in (Int(weight) + 1)..<groups.count {
                appendGroup(index < 0 ? 0 : groups[index], padded: true, to: &fraction)
            }
        }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        if !fraction.isEmpty {
            text.append(UInt8(ascii: "."))
            text += fraction
        }
        let isZero = text == [UInt8(ascii: "0")]
        return (sign == 0x4000 && !isZero ? "-" : "") + String(decoding: text, as: UTF8.self)
    }

    private static func appendGroup(_ group: Int, padded: Bool, to text: inout [UInt8]) {
        let digits = [group / 1000, group / 100 % 10, group / 10 % 10, group % 10]
        var started = padded
        for (position, digit) in digits.enumerated() {
            if digit != 0 || position == 3 { started = true }
            if started { text.append(UInt8(ascii: "0") + UInt8(digit)) }
        }
    }

    private static func finite(_ value: Double) throws -> String {
        guard value.isFinite else { throw Unwritable(reason: "\(value) is not a number Folio can show") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `2026-03-01` for a day counted from PostgreSQL's epoch, 2000-01-01 (Howard Hinnant's civil date).
    static func day(_ daysSince2000: Int64) -> String {
        let z = daysSince2000 + 10_957 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let dayOfMonth = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(dayOfMonth, 2)
    }

    /// `2026-03-01T08:30:00` (with `.250000` when there are fractions of a second), from microseconds since
    /// 2000-01-01 00:00.
    static func timestamp(_ micros: Int64) -> String {
        let perDay: Int64 = 86_400_000_000
        var days = micros / perDay
        var rest = micros % perDay
        if rest < 0 {
            rest += perDay
            days -= 1
        }
        let seconds = rest / 1_000_000
        let fraction = rest % 1_000_000
        var text =
            day(days) + "T" + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
        if fraction != 0 { text += "." + pad(fraction, 6) }
        return text
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
