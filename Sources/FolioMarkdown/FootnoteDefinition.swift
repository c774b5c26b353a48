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

    /// The definition starting at line `first`: its continuation lines are blank lines followed by
    /// lines indented four columns, or lazy lines of its first paragraph, up to the next start or
    /// the end of the container (`within`), with the container's prefix stripped at `column`.
    static func read(
        _ start: (label: String, rest: ArraySlice<UInt8>), at first: Int, in within: ClosedRange<Int>,
        lines: SourceLines, column: Int, isStart: (Int) -> Bool, sameParagraph: (Int) -> Bool
    ) -> FootnoteDefinition {
        var text = String(decoding: start.rest, as: UTF8.self)
        var last = first
        var pending = ""
        var line = first + 1
        while line <= within.upperBound, !isStart(line) {
            let content = lines.line(line, column: column)
            if content.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                pending += "\n"
            } else if let inner = dedent(content) {
                text += "\n" + pending + String(decoding: inner, as: UTF8.self)
                pending = ""
                last = line
            } else if pending.isEmpty, sameParagraph(line) {
                text += "\n" + String(decoding: content, as: UTF8.self)
                last = line
            } else {
                break
            }
            line += 1
        }
        return FootnoteDefinition(label: start.label, lines: first...last, text: text)
    }

    /// Every `[^label]` in `bytes`: the whole reference's range and its label's.
    static func references(in bytes: [UInt8]) -> [(range: Range<Int>, label: Range<Int>)] {
        var found: [(range: Range<Int>, label: Range<Int>)] = []
        var index = 0
        while index + 2 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, !isLabelEnd(bytes[end]), end - index < 1000 { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "]"), end > index + 2 else {
                index += 2
                continue
            }
            found.append((index..<(end + 1), (index + 2)..<end))
            index = end + 1
        }
        return found
    }
}
