import FolioHTML
import Mustache

/// HTML escaping for `{{tags}}`: swift-mustache's output, but fast and safe.
///
/// swift-mustache's own escaper looks up every `Character` in a dictionary, which was about a third
/// of a build's CPU time on a 1,000-page site (BENCHMARKS.md), and so leaves a `<` or a quote joined
/// to a combining mark after it unescaped, which a browser still reads as markup. Folio's one
/// escaper (`Markup.escaped`) replaces each special scalar over UTF-8 bytes instead.
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
