import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, skipped when the text visibly needs none.
    ///
    /// Foundation's trim bridges through NSString and took 45 % of reading a 200,000-row export
    /// (`perf`, bench/query, bench/HISTORY.md "Queries"); almost every cell starts and ends with a printable
    /// ASCII character, which is never white space, so those cells are returned as they are.
    func trimmingWhitespace() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if (0x21...0x7E).contains(first.value), (0x21...0x7E).contains(last.value) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
