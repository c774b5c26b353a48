import Foundation

/// One value as read from a file, before its column's type is known, with where it was written.
///
/// CSV gives only text; JSON may also give a number already, which is used as is (no decimal-mark guessing).
struct RawCell: Sendable, Hashable {
    /// The text, trimmed of surrounding whitespace; empty for an empty cell or JSON `null`.
    var text: String
    /// Set for JSON numbers.
    var number: Double?
    var line: Int
    var column: Int

    init(text: String, number: Double? = nil, line: Int, column: Int) {
        self.text = text.trimmingWhitespace()
        self.number = number
        self.line = line
        self.column = column
    }

    var isEmpty: Bool { number == nil && text.isEmpty }
}
