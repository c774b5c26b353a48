/// Snapshot text written straight into a byte buffer: the digits of integers, PostgreSQL's binary
/// `numeric`, days and timestamps. `CellText` and `ColumnEncoder` both write through these, so a cell's text
/// is the same whichever path wrote it.
///
/// The writers fill an `OutputSpan` that the caller opened with at least the matching `…Capacity` bytes
/// free (`numericCapacity(_:)` for a `numeric`), so that a cell costs one check of the array's capacity and
/// uniqueness, not one per byte.
enum CellBytes {
    /// Room for any integer: `-9223372036854775808`.
    static let integerCapacity = 20
    /// Room for any day these writers see (years of up to 7 digits, with a sign, and more to spare).
    static let dayCapacity = 32
    /// A day, `T`, the time and 7 bytes of fraction.
    static let timestampCapacity = dayCapacity + 16
    /// Room for any finite Double as Swift prints it (`-1.7976931348623157e+308` is 24 bytes).
    static let finiteCapacity = 32

    /// Decimal digits of `value`, with `-` when negative.
    static func appendInteger(_ value: Int64, to out: inout OutputSpan<UInt8>) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, width: 1, to: &out)
    }

    /// `value`'s digits, zero-padded on the left to at least `width`.
    static func appendDigits(_ value: UInt64, width: Int, to out: inout OutputSpan<UInt8>) {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        for _ in 0..<max(0, width - digits) { out.append(UInt8(ascii: "0")) }
        let end = out.count + digits
        for _ in 0..<digits { out.append(UInt8(ascii: "0")) }
        rest = value
        var index = end - 1
        while rest > 0 {
            out[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// `value` zero-padded to `width` digits, `-` first when negative (`-0042`).
    static func appendPadded(_ value: Int64, width: Int, to out: inout OutputSpan<UInt8>) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, width: width, to: &out)
    }

    /// The room `appendNumeric` needs for `raw`: a sign, four digits per group (those before the first
    /// stored one too, when its weight is negative) and the point.
    static func numericCapacity(_ raw: UnsafeRawBufferPointer) -> Int {
        guard raw.count >= 8 else { return 0 }
        let count = max(0, Int(int16(raw, at: 0)))
        let weight = Int(int16(raw, at: 2))
        return 2 + 4 * (max(weight + 1, 1) + max(0, -weight - 1) + count)
    }

    /// A binary `numeric` as plain decimal text without trailing fraction zeros (`616.0000` is `616`), read
    /// straight from its base-10000 digit groups (most significant first): going through `Decimal` took most
    /// of a pull's time. Returns false (having written nothing) when the bytes end early.
    static func appendNumeric(_ raw: UnsafeRawBufferPointer, to out: inout OutputSpan<UInt8>)
        throws(CellText.Unwritable) -> Bool
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
        // Groups are 0...9999; anything else is not a numeric this reader knows.
        for offset in stride(from: 8, to: 8 + 2 * max(0, count), by: 2)
        where !(0...9999).contains(int16(raw, at: offset)) {
            return false
        }
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
            while out[out.count - 1] == UInt8(ascii: "0") { _ = out.removeLast() }
            if out.count == point + 1 { _ = out.removeLast() }
        }
        // `-0` is `0`.
        if sign == 0x4000, out.count == digitsStart + 1, out[digitsStart] == UInt8(ascii: "0") {
            out[start] = UInt8(ascii: "0")
            _ = out.removeLast()
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
    private static func appendGroup(_ group: Int, padded: Bool, to out: inout OutputSpan<UInt8>) {
        let digits = (group / 1000 % 10, group / 100 % 10, group / 10 % 10, group % 10)
        let zero = UInt8(ascii: "0")
        if padded || group >= 1000 { out.append(zero + UInt8(truncatingIfNeeded: digits.0)) }
        if padded || group >= 100 { out.append(zero + UInt8(truncatingIfNeeded: digits.1)) }
        if padded || group >= 10 { out.append(zero + UInt8(truncatingIfNeeded: digits.2)) }
        out.append(zero + UInt8(truncatingIfNeeded: digits.3))
    }

    /// A float: whole numbers without a fraction (`12`, not `12.0`), others as Swift prints them; NaN and
    /// infinities are refused.
    static func appendFinite(_ value: Double, to out: inout OutputSpan<UInt8>) throws(CellText.Unwritable) {
        guard value.isFinite else {
            throw CellText.Unwritable(reason: "\(value) is not a number Folio can show")
        }
        if value == value.rounded(), abs(value) < 1e15 {
            CellBytes.appendInteger(Int64(value), to: &out)
        } else {
            for byte in "\(value)".utf8 { out.append(byte) }
        }
    }

    /// `2026-03-01` for a day counted from PostgreSQL's epoch, 2000-01-01 (Howard Hinnant's civil date).
    static func appendDay(_ daysSince2000: Int64, to out: inout OutputSpan<UInt8>) {
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
    static func appendTimestamp(_ micros: Int64, to out: inout OutputSpan<UInt8>) {
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
