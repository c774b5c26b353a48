import FolioDiagnostics
import Foundation

/// Turns an author's file into text, refusing bytes that are not UTF-8 with the exact position,
/// instead of silently replacing them with U+FFFD and publishing garbage; a byte-order mark after the
/// start (two files joined) is refused the same way rather than hidden in a title or slug.
enum SourceText {
    /// Decodes `bytes` as UTF-8, dropping a leading byte-order mark and normalising CRLF to LF.
    static func decode(_ bytes: [UInt8], path: String) throws -> String {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        // The standard library's validator is the fast path; the byte-by-byte scan below runs
        // only to find where a file that failed it went wrong.
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(body) ?? body.startIndex
            throw Diagnostic(
                location(ofByte: offset, in: body, path: path),
                String(format: "file is not valid UTF-8 (byte 0x%02X)", offset < body.endIndex ? body[offset] : 0),
                hint: "save the file as UTF-8 in your editor"
            )
        }
        if let offset = firstByteOrderMark(body) {
            throw Diagnostic(
                location(ofByte: offset, in: body, path: path),
                "byte-order mark (U+FEFF) in the middle of the file",
                hint: "it usually comes from joining two files; delete it (most editors do not show it)"
            )
        }
        return body.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// Reads and decodes a file, reporting a missing or unreadable file as a diagnostic.
    static func read(_ url: URL, displayPath: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Diagnostic(
                SourceLocation(path: displayPath), "cannot read file", hint: "check that it exists and is readable")
        }
        return try decode([UInt8](data), path: displayPath)
    }

    /// 1-based line and character column of the byte at `offset`.
    private static func location(ofByte offset: Int, in body: ArraySlice<UInt8>, path: String) -> SourceLocation {
        let prefix = body[body.startIndex..<offset]
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
        let column = (String(decoding: body[lineStart..<offset], as: UTF8.self).count) + 1
        return SourceLocation(path: path, line: line, column: column)
    }

    /// Offset of a byte-order mark after the start (one at the very start is dropped, not reported).
    private static func firstByteOrderMark(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: 0xEF) {
            if bytes[found...].starts(with: [0xEF, 0xBB, 0xBF]) { return found }
            index = found + 1
        }
        return nil
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            let second = bytes[index + 1]
            switch byte {
            case 0xE0: guard (0xA0...0xBF).contains(second) else { return index }
            case 0xED: guard (0x80...0x9F).contains(second) else { return index }
            case 0xF0: guard (0x90...0xBF).contains(second) else { return index }
            case 0xF4: guard (0x80...0x8F).contains(second) else { return index }
            default: guard (0x80...0xBF).contains(second) else { return index }
            }
            for next in (index + 2)..<(index + length) where !(0x80...0xBF).contains(bytes[next]) {
                return index
            }
            index += length
        }
        return nil
    }
}
