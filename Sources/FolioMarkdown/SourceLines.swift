/// The author's Markdown as lines of bytes, for the blocks whose source text matters (a table's
/// rows, a footnote's definition): cmark gives each block its first and last line, and the text
/// is sliced from here rather than searched for in the whole file.
struct SourceLines {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; line `n` (1-based, as cmark counts) is `starts[n - 1]`.
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// Line `number` (1-based) without its line ending; empty outside the text.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= starts.count else { return [] }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<end]
    }

    /// Line `number` with the container prefix of a block that starts at `column` removed: up to
    /// `column - 1` bytes of spaces, tabs and `>` (a block quote's or list item's indent). A lazy
    /// continuation line lacks the prefix and loses only its leading spaces.
    func line(_ number: Int, column: Int) -> ArraySlice<UInt8> {
        var line = self.line(number)
        var taken = 0
        while taken < column - 1, let first = line.first,
            first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || first == UInt8(ascii: ">")
        {
            line = line.dropFirst()
            taken += 1
        }
        return line
    }

    /// The whole text with the given lines emptied but for their container prefix (spaces, tabs,
    /// `>`), so a block quote goes on around them; every line keeps its number.
    func text(blanking blanked: Set<Int>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for number in 1...starts.count {
            let line = line(number)
            if blanked.contains(number) {
                result += line.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
            } else {
                result += line
            }
            if number < starts.count { result.append(UInt8(ascii: "\n")) }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
