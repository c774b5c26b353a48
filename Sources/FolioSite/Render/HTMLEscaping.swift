import Mustache

/// HTML escaping for `{{tags}}` with exactly swift-mustache's output, but fast in the usual case.
///
/// swift-mustache's own escaper looks up every `Character` in a dictionary, which was about a third
/// of a build's CPU time on a 1,000-page site (BENCHMARKS.md). Text without any of the five special
/// characters, nearly all of it, comes back as it is; other text is escaped as the library does,
/// one `Character` at a time (so `<` followed by a combining mark stays one unescaped cluster).
struct HTMLEscaping: MustacheContentType {
    /// The name templates select it by: `TemplateSet` puts `{{% CONTENT_TYPE: FOLIOHTML }}` first.
    static let name = "FOLIOHTML"
    /// On a line of its own, which Mustache drops whole, so line 1 keeps its standalone tags.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type with swift-mustache, once per process.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
