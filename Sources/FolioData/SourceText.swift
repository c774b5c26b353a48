import FolioDiagnostics

/// A data file's bytes decoded as UTF-8, with the BOM spreadsheet apps write removed.
///
/// Invalid UTF-8 (often a Windows-1252 export from Excel) is reported at the first bad byte's line and column,
/// and so is a BOM anywhere but the start (two exports joined), which would otherwise end up inside a cell.
enum SourceText {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func decode(_ bytes: [UInt8], path: String) throws -> String {
        let body = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        if let offset = firstInvalidByte(in: body) {
            let (line, column) = position(ofByte: offset, in: body)
            throw Diagnostic(
                SourceLocation(path: path, line: line, column: column),
                "file is not valid UTF-8 (byte 0x\(String(body[offset], radix: 16, uppercase: true)))",
                hint: "Save the file as UTF-8; in Excel choose 'CSV UTF-8 (Comma delimited)'."
            )
        }
        if let offset = firstByteOrderMark(in: body) {
            let (line, column) = position(ofByte: offset, in: body)
            throw Diagnostic(
                SourceLocation(path: path, line: line, column: column),
                "byte-order mark (U+FEFF) in the middle of the file",
                hint: "It usually comes from joining two files; delete it (most editors do not show it)."
            )
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Offset of a UTF-8 byte-order mark after the start (the one at the start is already dropped).
    static func firstByteOrderMark(in bytes: [UInt8]) -> Int? {
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: 0xEF) {
            if bytes[found...].starts(with: byteOrderMark) { return found }
            index = found + 1
        }
        return nil
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// 1-based line and character column of a byte, counting `\n`, `\r\n` and lone `\r` as line breaks.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A))
            {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (line, prefix.count + 1)
    }
}
