/// Escaping for text and attribute values in HTML and inline SVG: the one escaper Folio uses
/// for charts, templates, the glossary and the preview server's error overlay.
///
/// Every author string (CSV cells, labels, titles) passes through here, so a cell such as
/// `</svg><script>` comes out as text, not markup.
public enum Markup {
    /// Replaces `& < > " '` with character references; safe in text and in double-quoted attributes.
    public static func escaped(_ text: String) -> String {
        // Most strings need nothing: one pass over the bytes avoids building a copy.
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
