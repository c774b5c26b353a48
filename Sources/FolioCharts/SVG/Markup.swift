/// Escaping for text and attribute values in HTML and inline SVG.
///
/// Every author string (CSV cells, labels, titles) passes through here, so a cell such as
/// `</svg><script>` comes out as text, not markup.
enum Markup {
    /// Replaces `& < > " '` with character references; safe in text and in double-quoted attributes.
    static func escaped(_ text: String) -> String {
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
