import FolioData

/// One result column of a ClickHouse pull: its type as `TSVWithNamesAndTypes` names it, and how a cell's TSV
/// text becomes the snapshot's CSV field, the bytes a PostgreSQL pull writes for the same value (`CellText`).
///
/// Integers, floats, `Decimal` (and `Bool`) are `number`; `Date` is `date`; `String`, `FixedString`, `Enum`,
/// `UUID` are text (`month`/`date` when every value is one); `DateTime` is ISO text (`2026-03-01T08:30:00`, in
/// the column's time zone, the server's when it names none); `Nullable(…)` and `LowCardinality(…)` of these as
/// their inner type. ClickHouse's zero date and time (`0000-00-00`, its default for "none") are NULL, an empty
/// field. Any other type (Array, Map, Tuple, …) is refused, naming the column.
struct ClickHouseColumn {
    private enum Form {
        case integer, float32, float64, decimal, bool, date, dateTime, text, fixedText
        /// `Nullable(Nothing)`, the type of a bare NULL.
        case nothing
    }

    private let form: Form
    let kind: CellText.Kind
    private var shape = TextShape()

    /// nil for a type a snapshot cannot hold.
    init?(type: String) {
        var inner = Substring(type)
        while true {
            if let unwrapped = Self.argument(of: "Nullable", in: inner) {
                inner = unwrapped
            } else if let unwrapped = Self.argument(of: "LowCardinality", in: inner) {
                inner = unwrapped
            } else {
                break
            }
        }
        let base = inner.prefix { $0 != "(" }
        switch base {
        case "Int8", "Int16", "Int32", "Int64", "Int128", "Int256", "UInt8", "UInt16", "UInt32", "UInt64", "UInt128",
            "UInt256":
            form = .integer
        case "Float32": form = .float32
        case "Float64": form = .float64
        case "Decimal", "Decimal32", "Decimal64", "Decimal128", "Decimal256": form = .decimal
        case "Bool": form = .bool
        case "Date": form = .date
        case "DateTime" where inner == "DateTime" || inner.hasPrefix("DateTime("): form = .dateTime
        case "String", "Enum8", "Enum16", "UUID", "IPv4", "IPv6": form = .text
        case "FixedString": form = .fixedText
        case "Nothing": form = .nothing
        default: return nil
        }
        kind =
            switch form {
            case .integer, .float32, .float64, .decimal, .bool: .number
            case .date: .date
            case .dateTime, .text, .fixedText, .nothing: .text
            }
    }

    /// `T` of `Name(T)`, or nil when `type` is not that.
    private static func argument(of name: String, in type: Substring) -> Substring? {
        guard type.hasPrefix(name + "("), type.hasSuffix(")") else { return nil }
        return type.dropFirst(name.count + 1).dropLast()
    }

    /// The type the column reads back as, once `rows` rows are written.
    func type(rows: Int) -> ColumnType {
        shape.type(of: kind, rows: rows)
    }

    /// Appends the CSV field for one cell's TSV text (nothing for `\N`, NULL).
    mutating func append(_ field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) throws(CellText.Unwritable) {
        if field.count == 2, field[0] == UInt8(ascii: "\\"), field[1] == UInt8(ascii: "N") { return }
        let start = out.count
        switch form {
        case .integer:
            out.append(contentsOf: field)
        case .decimal:
            Self.appendDecimal(field, to: &out)
        case .float32, .float64:
            let text = String(decoding: field, as: UTF8.self)
            guard let value = form == .float32 ? Float(text).map({ Double($0) }) : Double(text) else {
                throw CellText.Unwritable(reason: "'\(text)' is not a number")
            }
            guard !value.isNaN else { throw CellText.Unwritable(reason: "NaN is not a number Folio can show") }
            try out.append(addingCapacity: CellBytes.finiteCapacity) {
                span throws(CellText.Unwritable) in try CellBytes.appendFinite(value, to: &span)
            }
        case .bool:
            let isTrue = field.first == UInt8(ascii: "t") || field.first == UInt8(ascii: "1")
            out.append(isTrue ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        case .date:
            if Self.isZeroTime(field) { return }
            out.append(contentsOf: field)
        case .dateTime:
            if Self.isZeroTime(field) { return }
            out.append(contentsOf: field)
            // `2026-03-01 08:30:00` -> `2026-03-01T08:30:00`, as a PostgreSQL timestamp is written.
            if out.count - start == 19, out[start + 10] == UInt8(ascii: " ") { out[start + 10] = UInt8(ascii: "T") }
            shape.track(out[start...])
        case .text, .fixedText:
            if form == .text, !field.contains(UInt8(ascii: "\\")), ColumnEncoder.isPlain(UnsafeRawBufferPointer(field))
            {
                out.append(contentsOf: field)
            } else {
                var bytes = Self.unescaped(field)
                if form == .fixedText {
                    while bytes.last == 0 { bytes.removeLast() }
                }
                out.append(contentsOf: CSVWriter.field(String(decoding: bytes, as: UTF8.self)).utf8)
            }
            shape.track(out[start...])
        case .nothing:
            break
        }
    }

    /// ClickHouse prints a Decimal with all its scale's digits (`616.0000`); a snapshot holds it without the
    /// trailing fraction zeros (`616`), as a PostgreSQL `numeric` is written.
    private static func appendDecimal(_ field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var end = field.count
        if field.contains(UInt8(ascii: ".")) {
            while end > 0, field[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if end > 0, field[end - 1] == UInt8(ascii: ".") { end -= 1 }
        }
        let digits = UnsafeBufferPointer(rebasing: field[..<end])
        // `-0` (a negative Decimal that rounds to zero) is `0`.
        if digits.count == 2, digits[0] == UInt8(ascii: "-"), digits[1] == UInt8(ascii: "0") {
            out.append(UInt8(ascii: "0"))
        } else {
            out.append(contentsOf: digits)
        }
    }

    /// `0000-00-00` or `0000-00-00 00:00:00`: ClickHouse's default for a date or time that is not there.
    private static func isZeroTime(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        field.count >= 10 && field[0] == UInt8(ascii: "0") && field[1] == UInt8(ascii: "0")
            && field[2] == UInt8(ascii: "0") && field[3] == UInt8(ascii: "0") && field[5] == UInt8(ascii: "0")
            && field[6] == UInt8(ascii: "0")
    }

    /// A TSV field's bytes with ClickHouse's escapes undone (`\t`, `\n`, `\\`, `\'`, `\0`, …).
    static func unescaped(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.count)
        var escaped = false
        for byte in field {
            if escaped {
                escaped = false
                switch byte {
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "0"): bytes.append(0x00)
                default: bytes.append(byte)
                }
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                bytes.append(byte)
            }
        }
        return bytes
    }
}
