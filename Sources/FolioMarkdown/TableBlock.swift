/// A GitHub-flavoured pipe table found in a paragraph's source lines: a header row, a delimiter
/// row (`| :-- | --: |`) with as many cells, then body rows until the paragraph ends.
///
/// cmark itself knows no tables, so a table reaches Folio as a paragraph. Its lines are sliced
/// from the source by the paragraph's position, split into cells here (an escaped `\|` stays in
/// its cell, even inside a code span, as the GFM spec says), and each cell's inline Markdown is
/// parsed by cmark again.
struct TableBlock: Equatable {
    enum Alignment: Equatable {
        case none, left, center, right

        var htmlClass: String? {
            switch self {
            case .none: nil
            case .left: "align-left"
            case .center: "align-center"
            case .right: "align-right"
            }
        }
    }

    /// Index among the paragraph's lines of the header row; lines before it stay a paragraph.
    var headerIndex: Int
    var alignments: [Alignment]
    var header: [String]
    /// Body rows, each padded or cut to the header's cell count.
    var rows: [[String]]

    /// Splits one row into its cells' text: outer pipes dropped, cells trimmed, `\|` made `|`.
    static func cells(_ line: ArraySlice<UInt8>) -> [String] {
        let pipe = UInt8(ascii: "|")
        let backslash = UInt8(ascii: "\\")
        var bytes = trimmed(line)
        if bytes.first == pipe { bytes = bytes.dropFirst() }
        if bytes.last == pipe, !isEscaped(bytes, at: bytes.endIndex - 1) { bytes = bytes.dropLast() }
        var cells: [String] = []
        var cell: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == backslash, index + 1 < bytes.endIndex {
                let next = bytes[index + 1]
                if next != pipe { cell.append(byte) }
                cell.append(next)
                index += 2
                continue
            }
            if byte == pipe {
                cells.append(String(decoding: trimmed(cell[...]), as: UTF8.self))
                cell.removeAll(keepingCapacity: true)
            } else {
                cell.append(byte)
            }
            index += 1
        }
        cells.append(String(decoding: trimmed(cell[...]), as: UTF8.self))
        return cells
    }

    /// The alignments of a delimiter row, or nil when the line is not one (every cell `:?-+:?`,
    /// and a pipe somewhere, so `---` stays a rule).
    static func delimiter(_ line: ArraySlice<UInt8>) -> [Alignment]? {
        let bytes = trimmed(line)
        guard bytes.contains(UInt8(ascii: "|")), bytes.contains(UInt8(ascii: "-")) else { return nil }
        var result: [Alignment] = []
        for cell in cells(bytes) {
            var core = cell.utf8[...]
            let left = core.first == UInt8(ascii: ":")
            if left { core = core.dropFirst() }
            let right = core.last == UInt8(ascii: ":")
            if right { core = core.dropLast() }
            guard !core.isEmpty, core.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    /// The table in a paragraph's lines, if any; `mismatch` is set to the line index of a delimiter
    /// row whose cell count differs from its header's (text that looks like a table but is not).
    static func find(in lines: [ArraySlice<UInt8>], mismatch: inout Int?) -> TableBlock? {
        guard lines.count >= 2 else { return nil }
        for index in 1..<lines.count {
            guard let alignments = delimiter(lines[index]) else { continue }
            let header = cells(lines[index - 1])
            guard header.count == alignments.count else {
                if lines[index - 1].contains(UInt8(ascii: "|")) { mismatch = mismatch ?? index }
                continue
            }
            let rows = lines[(index + 1)...].map { line -> [String] in
                var row = cells(line)
                if row.count > header.count { row.removeLast(row.count - header.count) }
                while row.count < header.count { row.append("") }
                return row
            }
            return TableBlock(headerIndex: index - 1, alignments: alignments, header: header, rows: rows)
        }
        return nil
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var bytes = bytes
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        return bytes
    }

    private static func isEscaped(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        var backslashes = 0
        var position = index - 1
        while position >= bytes.startIndex, bytes[position] == UInt8(ascii: "\\") {
            backslashes += 1
            position -= 1
        }
        return backslashes % 2 == 1
    }
}
