/// The index files' JSON, written by hand: a merge at 10,000 pages writes millions of numbers,
/// which `JSONEncoder` made the slowest part of search. Strings are escaped so that no author text
/// can end the string, the script or the `<script>` element around it.
enum SearchJSON {
    /// `text` as a JSON string literal, appended to `out`.
    static func string(_ text: String, into out: inout String) {
        out.append("\"")
        var plain = true
        for scalar in text.unicodeScalars where Self.escaped(scalar) {
            plain = false
            break
        }
        if plain {
            out.append(text)
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\r": out.append("\\r")
                case "\t": out.append("\\t")
                case _ where Self.escaped(scalar):
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }

    /// `text` as a JSON string literal.
    static func string(_ text: String) -> String {
        var out = ""
        string(text, into: &out)
        return out
    }

    /// Quotes, backslashes, control characters, `<` (so `</script>` never appears) and the two
    /// characters JavaScript once took for line ends.
    private static func escaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar == "\"" || scalar == "\\" || scalar == "<" || scalar.value == 0x2028
            || scalar.value == 0x2029
    }
}
