import Foundation

/// One chapter's rendered HTML made fit to share a document with every other chapter (the print
/// edition): its ids get the chapter's prefix, so `#svarstider` or `chart-1` in two chapters no
/// longer clash, references to them (`href="#…"`, `aria-labelledby`, `url(#…)`, …) follow, links
/// leave through `resolve`, and its headings go one level down, under the chapter's own `<h2>`.
///
/// Pure string work on Folio's own output: attribute values are always double-quoted and every
/// author text is escaped, so `id="` or `<h2` never appear inside text.
struct ChapterMarkup: Sendable {
    /// The chapter's anchor: its heading's id and the prefix of every id inside it (`kanaler--svarstider`).
    let anchor: String
    /// The ids the chapter's HTML defines, before prefixing.
    let ids: Set<String>
    let html: String

    init(html: String, anchor: String) {
        self.html = html
        self.anchor = anchor
        ids = Self.ids(in: html)
    }

    /// The id a chapter's own `id` becomes in the shared document.
    func prefixed(_ id: String) -> String { anchor + "--" + id }

    /// The chapter's HTML with prefixed ids and references, links passed through `resolve` (which
    /// gets every `href` and `src` that is not a `#fragment`) and headings one level down.
    func rewritten(resolve: (String) -> String) -> String {
        let source = html as NSString
        var output = ""
        output.reserveCapacity(source.length + source.length / 8)
        var last = 0
        guard let references = Self.references else { return html }
        for match in references.matches(in: html, range: NSRange(location: 0, length: source.length)) {
            output += source.substring(with: NSRange(location: last, length: match.range.location - last))
            last = match.range.location + match.range.length
            if match.range(at: 4).location != NSNotFound {
                let id = source.substring(with: match.range(at: 4))
                output += "url(#" + (ids.contains(id) ? prefixed(id) : id) + ")"
                continue
            }
            let space = source.substring(with: match.range(at: 1))
            let name = source.substring(with: match.range(at: 2))
            let value = source.substring(with: match.range(at: 3))
            output += space + name + "=\"" + rewrite(value, of: name, resolve: resolve) + "\""
        }
        output += source.substring(from: last)
        return Self.headingsDown(output)
    }

    private func rewrite(_ value: String, of attribute: String, resolve: (String) -> String) -> String {
        switch attribute {
        case "id": return prefixed(value)
        case "href", "src", "xlink:href":
            if value.hasPrefix("#") {
                let id = String(value.dropFirst())
                return ids.contains(id) ? "#" + prefixed(id) : value
            }
            return resolve(value)
        default:
            return value.split(separator: " ").map { ids.contains(String($0)) ? prefixed(String($0)) : String($0) }
                .joined(separator: " ")
        }
    }

    /// `<h2>` becomes `<h3>` and so on, in one pass so no heading moves twice; `<h6>` stays.
    static func headingsDown(_ html: String) -> String {
        let source = html as NSString
        var output = ""
        output.reserveCapacity(source.length + 64)
        var last = 0
        guard let headingTags else { return html }
        for match in headingTags.matches(in: html, range: NSRange(location: 0, length: source.length)) {
            output += source.substring(with: NSRange(location: last, length: match.range.location - last))
            last = match.range.location + match.range.length
            let level = Int(source.substring(with: match.range(at: 2))) ?? 5
            output += "<" + source.substring(with: match.range(at: 1)) + "h\(level + 1)"
        }
        output += source.substring(from: last)
        return output
    }

    static func ids(in html: String) -> Set<String> {
        let source = html as NSString
        var found: Set<String> = []
        guard let idAttributes else { return [] }
        for match in idAttributes.matches(in: html, range: NSRange(location: 0, length: source.length)) {
            found.insert(source.substring(with: match.range(at: 1)))
        }
        return found
    }

    // Constant patterns: they always compile; were one not to, the HTML would pass unchanged.
    private static let references = try? NSRegularExpression(
        pattern:
            #"(\s)(id|href|src|xlink:href|aria-labelledby|aria-describedby|aria-controls|for|headers)="([^"]*)"|url\(#([^)"\s]*)\)"#
    )
    private static let idAttributes = try? NSRegularExpression(pattern: #"\sid="([^"]*)""#)
    private static let headingTags = try? NSRegularExpression(pattern: #"<(/?)h([1-5])(?=[\s>])"#)
}
