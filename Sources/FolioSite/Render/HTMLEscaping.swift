import FolioHTML
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
        Markup.escaped(text)
    }
}
