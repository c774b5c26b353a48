import Foundation

/// Reads numbers the way spreadsheet exports write them: `1234.5`, `1 234,5`, `1.234,5`, `−3`.
///
/// The decimal mark is fixed per file, never guessed per value, so `1,234` cannot mean two things in one table.
/// Grouping (space, NBSP U+00A0, narrow NBSP U+202F, thin space U+2009, or the other of `.` and `,`) must come in
/// groups of three digits, as CLDR locales write them, so `12 34` or `1.5` with a decimal comma stay text.
public struct NumberParser: Sendable, Hashable {
    /// `.` or `,`.
    public var decimalMark: Character

    public init(decimalMark: Character = ".") {
        self.decimalMark = decimalMark
    }

    /// The value of `text`, or `nil` when it is not a plain number in this decimal mark (a `%` sign makes it nil).
    public func number(from text: String) -> Double? {
        if let value = plainNumber(text) { return value }
        var characters = Substring(text.trimmingWhitespace())
        var literal = ""
        if let first = characters.first, first == "-" || first == "+" || first == "\u{2212}" {
            if first != "+" { literal = "-" }
            characters = characters.dropFirst()
        }
        var groups: [Int] = []
        var current = 0
        var integerDigits = ""
        var fractionDigits: String?
        for character in characters {
            if var fraction = fractionDigits {
                guard character.isASCII, character.isNumber else { return nil }
                fraction.append(character)
                fractionDigits = fraction
            } else if character.isASCII, character.isNumber {
                integerDigits.append(character)
                current += 1
            } else if character == decimalMark {
                fractionDigits = ""
            } else if isGrouping(character) {
                guard current > 0 else { return nil }
                groups.append(current)
                current = 0
            } else {
                return nil
            }
        }
        groups.append(current)
        if groups.count > 1 {
            guard (1...3).contains(groups[0]), groups.dropFirst().allSatisfy({ $0 == 3 }) else { return nil }
        }
        if let fraction = fractionDigits, fraction.isEmpty { return nil }
        guard !integerDigits.isEmpty || fractionDigits != nil else { return nil }
        literal += integerDigits.isEmpty ? "0" : integerDigits
        if let fraction = fractionDigits { literal += "." + fraction }
        // `Double("1000…")` past 1.8e308 is infinity, which no chart or table can show: not a number.
        guard let value = Double(literal), value.isFinite else { return nil }
        return value
    }

    /// `-12` or `3.25` (ASCII digits, an optional minus, at most one decimal mark between digits): the shape
    /// nearly every cell of an export has, read without the general loop's per-character work (which made
    /// up a fifth of reading a 200,000-row export); `nil` sends every other shape through the general loop.
    private func plainNumber(_ text: String) -> Double? {
        let mark = decimalMark.asciiValue ?? 0
        var digitsBefore = 0
        var digitsAfter = 0
        var sawMark = false
        var isFirst = true
        for byte in text.utf8 {
            defer { isFirst = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawMark { digitsAfter += 1 } else { digitsBefore += 1 }
            case UInt8(ascii: "-") where isFirst:
                continue
            case mark where !sawMark && digitsBefore > 0:
                sawMark = true
            default:
                return nil
            }
        }
        guard digitsBefore > 0, !sawMark || digitsAfter > 0 else { return nil }
        let literal = mark == UInt8(ascii: ".") ? text : String(text.map { $0 == decimalMark ? "." : $0 })
        guard let value = Double(literal), value.isFinite else { return nil }
        return value
    }

    /// A value written with a percent sign as a fraction: `87,5 %` -> 0.875; `nil` without the sign.
    public func percentFraction(from text: String) -> Double? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix("%") else { return nil }
        return number(from: String(trimmed.dropLast())).map { $0 / 100 }
    }

    /// Space-like characters CLDR locales group with, plus the mark that is not the decimal one.
    private func isGrouping(_ character: Character) -> Bool {
        switch character {
        case " ", "\u{00A0}", "\u{202F}", "\u{2009}": true
        case ".": decimalMark == ","
        case ",": decimalMark == "."
        default: false
        }
    }
}
