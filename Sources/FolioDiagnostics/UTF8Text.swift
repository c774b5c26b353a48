/// An author's file as text: valid UTF-8 or a diagnostic at the first bad byte's line and column.
///
/// Pages, string tables, schemas and data files all come through here, so a Windows-1252 export
/// or two files joined with a byte-order mark between them are reported the same way everywhere,
/// never silently turned into U+FFFD or an invisible character in a title or cell.
public enum UTF8Text {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes `bytes`, dropping a leading byte-order mark; line breaks are left as written.
    /// - Parameter hint: what to tell the author when the bytes are not UTF-8.
    public static func decode(
        _ bytes: [UInt8], path: String, hint: String = "save the file as UTF-8 in your editor"
    ) throws -> String {
        let body = bytes.starts(with: byteOrderMark) ? bytes[3...] : bytes[...]
        // The standard library's validator is the fast path; the scalar-by-scalar scan runs only
        // to find where a file that failed it went wrong.
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidByte(in: body) ?? body.startIndex
            throw Diagnostic(
                location(ofByte: offset, in: body, path: path),
                "file is not valid UTF-8 (byte 0x\(String(offset < body.endIndex ? body[offset] : 0, radix: 16, uppercase: true)))",
                hint: hint
            )
        }
        if let offset = firstByteOrderMark(in: body) {
            throw Diagnostic(
                location(ofByte: offset, in: body, path: path),
                "byte-order mark (U+FEFF) in the middle of the file",
                hint: "it usually comes from joining two files; delete it (most editors do not show it)"
            )
        }
        return text
    }

    /// Offset of a byte-order mark after the start (one at the very start is dropped, not reported).
    static func firstByteOrderMark(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: 0xEF) {
            if bytes[found...].starts(with: byteOrderMark) { return found }
            index = found + 1
        }
        return nil
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// 1-based line and character column of a byte, counting `\n`, `\r\n` and lone `\r` as line breaks.
    static func location(ofByte offset: Int, in bytes: ArraySlice<UInt8>, path: String) -> SourceLocation {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.endIndex || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(path: path, line: line, column: column)
    }
}
