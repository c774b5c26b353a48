/// Folio's CSV writing, the mirror of `CSVReader`: RFC 4180 fields, `,` between them, LF line ends, so a
/// file written here reads back with the same cells (snapshots of database queries).
///
/// A field is quoted when it holds `,`, `"`, a line break, or starts or ends with white space (which the
/// reader trims anyway, like every cell of every data file, but quoting keeps the file honest for other
/// readers); `"` inside is doubled. An empty field is a missing value, so NULL and empty text read alike.
public enum CSVWriter {
    /// One field as written in the file.
    public static func field(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }

    /// One record, with its line end.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    private static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace { return true }
        return text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        result.reserveCapacity(utf8.count + 2)
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
