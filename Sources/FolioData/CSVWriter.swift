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

    /// One record, with its line end, appended as UTF-8 to `bytes`: what a large snapshot is written with,
    /// without a `String` per line.
    public static func append(_ fields: [String?], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            guard let field else { continue }
            if needsQuotes(field) {
                bytes.append(contentsOf: Self.field(field).utf8)
            } else {
                bytes.append(contentsOf: field.utf8)
            }
        }
        bytes.append(0x0A)
    }

    private static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        // Printable ASCII at both ends (almost every cell) is never white space: skip the Unicode lookup.
        let printable: ClosedRange<UInt32> = 0x21...0x7E
        if !(printable.contains(first.value) && printable.contains(last.value)),
            first.properties.isWhitespace || last.properties.isWhitespace
        {
            return true
        }
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
