import Foundation

/// The interface words Markdown rendering prints, in the page's language: Folio hard-codes none,
/// the site fills them from `templates/strings/<lang>.yml` (`keys` lists what every language needs).
public struct MarkdownStrings: Sendable, Hashable {
    /// Heading of the footnotes section: "Fotnoter" / "Note de subsol".
    public var footnotes: String
    /// Accessible name of a footnote's back-link; `{n}` is the footnote's number.
    public var footnoteBackLink: String
    /// Accessible name of a heading's section link; `{heading}` is the heading's text.
    public var sectionLink: String
    /// Accessible name of a table's scroll region; `{n}` is the table's number on the page.
    public var table: String

    /// The string-table keys, in the order of the fields.
    public static let keys = ["footnotes", "footnoteBackLink", "sectionLink", "markdownTable"]

    public init(footnotes: String, footnoteBackLink: String, sectionLink: String, table: String) {
        self.footnotes = footnotes
        self.footnoteBackLink = footnoteBackLink
        self.sectionLink = sectionLink
        self.table = table
    }

    /// Looks every key up; nil when one is missing (the site reports missing keys itself).
    public init?(lookup: (String) -> String?) {
        guard let footnotes = lookup("footnotes"), let backLink = lookup("footnoteBackLink"),
            let sectionLink = lookup("sectionLink"), let table = lookup("markdownTable")
        else { return nil }
        self.init(footnotes: footnotes, footnoteBackLink: backLink, sectionLink: sectionLink, table: table)
    }

    /// English placeholders, for renderers used outside a site (tests, tools).
    public static let english = MarkdownStrings(
        footnotes: "Footnotes", footnoteBackLink: "Back to reference {n}", sectionLink: "Link to section: {heading}",
        table: "Table {n}")

    /// `template` with every `{key}` replaced by `value`, over UTF-8 bytes: Foundation's
    /// `replacingOccurrences` (and the standard library's `split(separator:)`) took 7-9 % of a
    /// 4,000-page build, one call per heading.
    func fill(_ template: String, _ key: String, _ value: String) -> String {
        let placeholder = Array("{\(key)}".utf8)
        let bytes = Array(template.utf8)
        var filled: [UInt8] = []
        filled.reserveCapacity(bytes.count + value.utf8.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == placeholder[0], index + placeholder.count <= bytes.count,
                bytes[index..<index + placeholder.count].elementsEqual(placeholder)
            {
                filled.append(contentsOf: value.utf8)
                index += placeholder.count
            } else {
                filled.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: filled, as: UTF8.self)
    }
}
