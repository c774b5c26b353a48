/// One line of a CSV file (or several, when a quoted field holds line breaks), split into fields.
struct CSVRecord: Sendable, Hashable {
    /// One field's text, with quotes removed and `""` undone, and where it starts.
    struct Field: Sendable, Hashable {
        var text: String
        var line: Int
        var column: Int
        var wasQuoted: Bool
    }

    var fields: [Field]
    /// The line the record starts on.
    var line: Int
    /// Line and column just past the last field, where a missing field would have gone.
    var endLine: Int
    var endColumn: Int

    /// A line with nothing on it; skipped, so a trailing newline or blank separator line is harmless.
    var isBlank: Bool {
        fields.count == 1 && fields[0].text.isEmpty && !fields[0].wasQuoted
    }
}
