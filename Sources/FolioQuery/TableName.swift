/// The SQL name of a data file: its path under `content/data` without the extension, every run of
/// characters other than letters, digits and `_` turned into one `_`, and `_` put before a leading digit.
///
/// `metrics/monthly.csv` → `metrics_monthly`, `metrics/channel-mix.csv` → `metrics_channel_mix`,
/// `tickets/tickets.csv` → `tickets_tickets`, `2025/q1.json` → `_2025_q1`. SQLite compares names
/// without regard to ASCII case, so two files whose names differ only there (or only in punctuation,
/// or `x.csv` beside `x.json`) clash: neither gets the name, and a query that uses it is told why.
public enum TableName {
    /// The name for `path` (relative to `content/data`).
    public static func of(_ path: String) -> String {
        var stem = Substring(path)
        for suffix in [".csv", ".json"] where stem.lowercased().hasSuffix(suffix) {
            stem = stem.dropLast(suffix.count)
        }
        var name = ""
        var pendingSeparator = false
        for character in stem {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingSeparator, !name.isEmpty { name.append("_") }
                pendingSeparator = false
                name.append(character)
            } else {
                pendingSeparator = true
            }
        }
        if let first = name.first, first.isNumber { name = "_" + name }
        return name.isEmpty ? "_" : name
    }

    /// The key SQLite matches names by: ASCII letters folded to lower case, everything else as is.
    static func key(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20) ?? scalar : scalar
                }))
    }
}
