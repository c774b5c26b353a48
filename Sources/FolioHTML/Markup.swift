/// Escaping for text and attribute values in HTML and inline SVG: the one escaper Folio uses
/// for charts, templates, the glossary and the preview server's error overlay.
///
/// Every author string (CSV cells, labels, titles) passes through here, so a cell such as
/// `</svg><script>` comes out as text, not markup.
public enum Markup {
    /// Replaces `& < > " '` with character references; safe in text and in double-quoted attributes.
    ///
    /// Over UTF-8 bytes, each special byte where it stands: going by `Character` cost a grapheme
    /// break per character (about 2 % of a 10,002-page build, `perf`), and it left a quote or `<`
    /// followed by a combining mark unescaped, which a browser still reads as markup.
    public static func escaped(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Most strings need nothing: one pass over the bytes avoids building a copy.
            var extra = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"), UInt8(ascii: "'"): extra += 4
                case UInt8(ascii: "<"), UInt8(ascii: ">"): extra += 3
                case UInt8(ascii: "\""): extra += 5
                default: break
                }
            }
            guard extra > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var end = 0
                func put(_ reference: StaticString) {
                    reference.withUTF8Buffer { for byte in $0 { output[end] = byte; end += 1 } }
                }
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "&"): put("&amp;")
                    case UInt8(ascii: "<"): put("&lt;")
                    case UInt8(ascii: ">"): put("&gt;")
                    case UInt8(ascii: "\""): put("&quot;")
                    case UInt8(ascii: "'"): put("&#39;")
                    default:
                        output[end] = byte
                        end += 1
                    }
                }
                return end
            }
        } ?? text
    }
}
