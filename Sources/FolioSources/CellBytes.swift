/// Snapshot text written straight into a byte buffer: the digits of integers, PostgreSQL's binary
/// `numeric`, days and timestamps. `CellText` and `ColumnEncoder` both write through these, so a cell's text
/// is the same whichever path wrote it.
enum CellBytes {
    /// Decimal digits of `value`, with `-` when negative.
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, width: 1, to: &out)
    }

    /// `value`'s digits, zero-padded on the left to at least `width`.
    static func appendDigits(_ value: UInt64, width: Int, to out: inout [UInt8]) {
        let start = out.count
        var rest = value
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        while out.count - start < width { out.append(UInt8(ascii: "0")) }
        out[start...].reverse()
    }

    /// `value` zero-padded to `width` digits, `-` first when negative (`-0042`).
    static func appendPadded(_ value: Int64, width: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, width: width, to: &out)
    }

    /// A binary `numeric` as plain decimal text without trailing fraction zeros (`616.0000` is `616`), read
    /// straight from its base-10000 digit groups (most significant first): going through `Decimal` took most
    /// of a pull's time. Returns false when the bytes end early.
    static func appendNumeric(_ raw: UnsafeRawBufferPointer, to out: inout [UInt8]) throws(CellText.Unwritable)
        -> Bool
    {
        guard raw.count >= 8 else { return false }
        let count = Int(int16(raw, at: 0))
        let weight = Int(int16(raw, at: 2))
        let sign = UInt16(bitPattern: int16(raw, at: 4))
        switch sign {
        case 0x0000, 0x4000: break
        case 0xC000: throw CellText.Unwritable(reason: "NaN is not a number Folio can show")
        default: throw CellText.Unwritable(reason: "an infinite number is not a number Folio can show")
        }
        guard raw.count >= 8 + 2 * max(0, count) else { return false }
        let start = out.count
        if sign == 0x4000 { out.append(UInt8(ascii: "-")) }
        let digitsStart = out.count
        var offset = 8
        let end = 8 + 2 * max(0, count)
        /// The next group, or 0 past the last one.
        func next() -> Int {
            guard offset < end else { return 0 }
            defer { offset += 2 }
            return Int(int16(raw, at: offset))
        }
        if weight < 0 {
            out.append(UInt8(ascii: "0"))
        } else {
            for index in 0...weight { appendGroup(next(), padded: index != 0, to: &out) }
        }
        if offset < end {
            let point = out.count
            out.append(UInt8(ascii: "."))
            // Groups between the point and the first stored group (a negative weight) are zeros.
            for _ in 0..<max(0, -weight - 1) { appendGroup(0, padded: true, to: &out) }
            while offset < end { appendGroup(next(), padded: true, to: &out) }
            while out.last == UInt8(ascii: "0") { out.removeLast() }
            if out.count == point + 1 { out.removeLast() }
        }
        // `-0` is `0`.
        if sign == 0x4000, out.count == digitsStart + 1, out[digitsStart] == UInt8(ascii: "0") {
            out.remove(at: start)
        }
        return true
    }

    /// The big-endian 16-bit integer at `offset` (PostgreSQL's binary forms are big-endian).
    static func int16(_ raw: UnsafeRawBufferPointer, at offset: Int) -> Int16 {
        Int16(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int16.self))
    }

    /// The big-endian 32-bit integer at the start of `raw`.
    static func int32(_ raw: UnsafeRawBufferPointer) -> Int32 {
        Int32(bigEndian: raw.loadUnaligned(as: Int32.self))
    }

    /// The big-endian 64-bit integer at the start of `raw`.
    static func int64(_ raw: UnsafeRawBufferPointer) -> Int64 {
        Int64(bigEndian: raw.loadUnaligned(as: Int64.self))
    }

    /// One base-10000 group: four digits, or without leading zeros when it is the first.
    private static func appendGroup(_ group: Int, padded: Bool, to out: inout [UInt8]) {
        var started = padded
        var divisor = 1000
        while divisor > 0 {
            let digit = group / divisor % 10
            if digit != 0 || divisor == 1 { started = true }
            if started { out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digit)) }
            divisor /= 10
        }
    }

    /// A float: whole numbers without a fraction (`12`, not `12.0`), others as Swift prints them; NaN and
    /// infinities are refused.
    static func appendFinite(_ value: Double, to out: inout [UInt8]) throws(CellText.Unwritable) {
        guard value.isFinite else {
            throw CellText.Unwritable(reason: "\(value) is not a number Folio can show")
        }
        if value == value.rounded(), abs(value) < 1e15 {
            CellBytes.appendInteger(Int64(value), to: &out)
        } else {
            out.append(contentsOf: "\(value)".utf8)
        }
    }

    /// `2026-03-01` for a day counted from PostgreSQL's epoch, 2000-01-01 (Howard Hinnant's civil date).
    static func appendDay(_ daysSince2000: Int64, to out: inout [UInt8]) {
        let z = daysSince2000 + 10_957 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let dayOfMonth = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        appendPadded(year, width: 4, to: &out)
        out.append(UInt8(ascii: "-"))
        appendPadded(month, width: 2, to: &out)
        out.append(UInt8(ascii: "-"))
        appendPadded(dayOfMonth, width: 2, to: &out)
    }

    /// `2026-03-01T08:30:00` (with `.250000` when there are fractions of a second), from microseconds since
    /// 2000-01-01 00:00.
    static func appendTimestamp(_ micros: Int64, to out: inout [UInt8]) {
        let perDay: Int64 = 86_400_000_000
        var days = micros / perDay
        var rest = micros % perDay
        if rest < 0 {
            rest += perDay
            days -= 1
        }
        let seconds = rest / 1_000_000
        let fraction = rest % 1_000_000
        appendDay(days, to: &out)
        out.append(UInt8(ascii: "T"))
        appendPadded(seconds / 3600, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendPadded(seconds / 60 % 60, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendPadded(seconds % 60, width: 2, to: &out)
        if fraction != 0 {
            out.append(UInt8(ascii: "."))
            appendPadded(fraction, width: 6, to: &out)
        }
    }
}
