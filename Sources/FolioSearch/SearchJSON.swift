/// The index files' JSON, written by hand: a merge at 10,000 pages writes millions of numbers,
/// which `JSONEncoder` made the slowest part of search. Strings are escaped so that no author text
/// can end the string, the script or the `<script>` element around it.
enum SearchJSON {
    /// `text` as a JSON string literal, appended to `out`.
    static func string(_ text: String, into out: inout String) {
        out.append("\"")
        if length(text) == text.utf8.count + 2 {
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

    /// The UTF-8 length of `string(text)`, without making it: the index keeps each document's
    /// length (its shards' layout), not the document. Counts on bytes: every escaped character but
    /// U+2028 and U+2029 is ASCII.
    static func length(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            extraLength.withUnsafeBufferPointer { extra in
                var length = bytes.count + 2
                var index = 0
                while index < bytes.count {
                    let more = extra[Int(bytes[index])]
                    if more == 0xff {
                        // \u2028, \u2029 for three bytes
                        if index + 2 < bytes.count && bytes[index + 1] == 0x80
                            && (0xA8...0xA9).contains(bytes[index + 2])
                        {
                            length += 3
                            index += 2
                        }
                    } else {
                        length += Int(more)
                    }
                    index += 1
                }
                return length
            }
        }
    }

    /// What each byte adds to a string's length when escaped (a table: every byte of every
    /// document is counted): 1 for `\"`, `\\`, `\n`, `\r`, `\t`, 5 for `\u00XX` and `\u003c`; 0xff
    /// for the lead byte of U+2028 and U+2029, looked at further.
    private static let extraLength: [UInt8] = (0..<256).map { byte -> UInt8 in
        switch byte {
        case 0x22, 0x5C, 0x0A, 0x0D, 0x09: return 1
        case 0..<0x20, 0x3C: return 5
        case 0xE2: return 0xff
        default: return 0
        }
    }

    /// Quotes, backslashes, control characters, `<` (so `</script>` never appears) and the two
    /// characters JavaScript once took for line ends.
    private static func escaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar == "\"" || scalar == "\\" || scalar == "<" || scalar.value == 0x2028
            || scalar.value == 0x2029
    }
}
