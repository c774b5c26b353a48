/// Reads the ISO text SQLite returns for months and dates back into calendar values (checked ranges).
public enum ISOText {
    /// `2026-03` → (2026, 3).
    public static func month(_ text: String) -> (Int, Int)? {
        guard let parts = parts(text, lengths: [4, 2]), (1...12).contains(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }

    /// `2026-03-01` → (2026, 3, 1), only for days that exist (Gregorian leap years).
    public static func day(_ text: String) -> (Int, Int, Int)? {
        guard let parts = parts(text, lengths: [4, 2, 2]), (1...12).contains(parts[1]) else { return nil }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...length).contains(day) ? (year, month, day) : nil
    }

    private static func parts(_ text: String, lengths: [Int]) -> [Int]? {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == lengths.count else { return nil }
        var values: [Int] = []
        for (piece, length) in zip(pieces, lengths) {
            guard piece.count == length, piece.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(piece)
            else { return nil }
            values.append(value)
        }
        return values
    }
}
