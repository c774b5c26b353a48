/// Where a footnote definition (`[^id]: text`) is in the source, and its text with the
/// definition marker and the continuation lines' four-space indent removed.
struct FootnoteDefinition: Equatable {
    var label: String
    /// First and last source line.
    var lines: ClosedRange<Int>
    /// The definition's Markdown, to be parsed as a document of its own.
    var text: String

    /// The label and the bytes after `]:` when `line` starts a definition: up to three spaces,
    /// `[^`, a label without whitespace or brackets, `]:`.
    static func start(of line: ArraySlice<UInt8>) -> (label: String, rest: ArraySlice<UInt8>)? {
        var bytes = line
        var spaces = 0
        while bytes.first == UInt8(ascii: " "), spaces < 3 {
            bytes = bytes.dropFirst()
            spaces += 1
        }
        guard bytes.starts(with: "[^".utf8) else { return nil }
        bytes = bytes.dropFirst(2)
        guard let close = bytes.firstIndex(where: { isLabelEnd($0) }), close > bytes.startIndex,
            close - bytes.startIndex <= 999, bytes[close] == UInt8(ascii: "]"),
            close + 1 < bytes.endIndex, bytes[close + 1] == UInt8(ascii: ":")
        else { return nil }
        let label = String(decoding: bytes[bytes.startIndex..<close], as: UTF8.self)
        var rest = bytes[(close + 2)...]
        while let first = rest.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            rest = rest.dropFirst()
        }
        return (label, rest)
    }

    static func isLabelEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "]") || byte == UInt8(ascii: "[") || byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    /// The label as references match it: case-insensitive.
    static func key(_ label: String) -> String { label.lowercased() }

    /// A continuation line without up to four columns of indent; nil when it is indented less
    /// (then it continues the definition only lazily, or not at all).
    static func dedent(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var bytes = line
        var columns = 0
        while columns < 4, let first = bytes.first {
            if first == UInt8(ascii: " ") {
                columns += 1
            } else if first == UInt8(ascii: "\t") {
                columns = 4
            } else {
                break
            }
            bytes = bytes.dropFirst()
        }
        return columns >= 4 ? bytes : nil
    }
}
