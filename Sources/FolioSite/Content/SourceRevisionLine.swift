import FolioDiagnostics

/// Sets a page's `sourceRevision:` front-matter line, byte for byte: the one line is rewritten
/// (or added before the closing `---`, with the file's own line ending) and every other byte of
/// the file stays as it was, so a translator's diff shows exactly one changed line.
///
/// Works on bytes, not on parsed YAML: re-serialising the header would reorder keys, requote
/// strings and drop comments.
public enum SourceRevisionLine {
    static let key = Array("sourceRevision:".utf8)

    /// The file's bytes with `sourceRevision: <revision>` in its front matter.
    public static func setting(_ revision: String, in bytes: [UInt8], path: String) throws -> [UInt8] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var cursor = bytes.starts(with: bom) ? bom.count : 0
        var lineIndex = 0
        var lineEnding: [UInt8] = [0x0A]
        while cursor < bytes.count {
            let newline = bytes[cursor...].firstIndex(of: 0x0A)
            let end = newline ?? bytes.count
            let contentEnd = end > cursor && bytes[end - 1] == 0x0D ? end - 1 : end
            let line = bytes[cursor..<contentEnd]
            if lineIndex == 0 {
                guard isFence(line) else {
                    throw Diagnostic(
                        SourceLocation(path: path, line: 1, column: 1), "missing front matter",
                        hint: "start the file with a `---` line, `title: …`, and another `---` line")
                }
                if contentEnd < end { lineEnding = [0x0D, 0x0A] }
            } else if isFence(line) {
                let added = Array("sourceRevision: \(revision)".utf8) + lineEnding
                return Array(bytes[..<cursor]) + added + Array(bytes[cursor...])
            } else if line.starts(with: key) {
                return Array(bytes[..<cursor]) + Array("sourceRevision: \(revision)".utf8)
                    + Array(bytes[contentEnd...])
            }
            guard let newline else { break }
            cursor = newline + 1
            lineIndex += 1
        }
        throw Diagnostic(
            SourceLocation(path: path, line: 1, column: 1), "front matter is not closed",
            hint: "add a line with `---` after the last front-matter field")
    }

    /// A `---` line, by the front-matter reader's own rule.
    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        FrontMatter.isFenceLine(Substring(String(decoding: line, as: UTF8.self)))
    }
}
