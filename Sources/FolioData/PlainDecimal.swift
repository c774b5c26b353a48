/// Reads `-12` or `3.25` straight from bytes: ASCII digits, an optional leading minus, at most one decimal
/// mark between digits, at most 15 digits in all. The same shape `NumberParser.plainNumber` takes first.
///
/// With at most 15 digits the digits are an exact integer below 2^53 and the scale an exact power of ten
/// up to 10^15, so one IEEE division is correctly rounded: the same `Double` that `Double(String)` gives,
/// bit for bit (Clinger's fast path). Longer numbers return `nil` and go through `NumberParser`.
enum PlainDecimal {
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, mark: UInt8) -> Double? {
        var index = start
        let negative = index < end && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var digitsBefore = 0
        var fractionDigits = 0
        var sawMark = false
        while index < end {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                // Past 15 digits the mantissa would soon overflow (20 digits trap): `NumberParser` reads those.
                digits += 1
                if digits > 15 { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if sawMark { fractionDigits += 1 } else { digitsBefore += 1 }
            } else if byte == mark, !sawMark, digitsBefore > 0 {
                sawMark = true
            } else {
                return nil
            }
            index += 1
        }
        guard digitsBefore > 0, !sawMark || fractionDigits > 0, digits <= 15 else { return nil }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = (0...15).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }
}
