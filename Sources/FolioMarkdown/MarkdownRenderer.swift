import Ccmark
import FolioDiagnostics

/// Renders one Markdown file to HTML with libcmark, the only place Folio touches the C library.
///
/// The C tree never leaves `render`: it is parsed, walked, rewritten and freed there. Directives
/// (fenced blocks such as `chart`) are replaced by `CMARK_NODE_CUSTOM_BLOCK`s holding the HTML the
/// caller made for them, so raw HTML can stay off for authors while charts still get in.
public struct MarkdownRenderer: Sendable {
    /// Pass author HTML through (`unsafeHTML: true` in site.yml); off by default.
    public var allowsRawHTML: Bool
    public var quoteStyle: QuoteStyle
    /// Info-string words that mark a directive.
    public var directiveNames: Set<String>
    /// Ids templates already use on every page, which headings must not take.
    public var reservedIDs: Set<String>
    /// Names of `{{name …}}` expressions expanded in text (`metric`).
    public var inlineNames: Set<String> = []
    /// Interface words the Markdown extensions print (footnotes, section links, table regions).
    public var strings: MarkdownStrings = .english
    /// Folio's accessible markup for headings, tables, task lists and footnotes, or cmark-gfm's own.
    public var markup: MarkdownMarkup = .folio
    /// With raw HTML allowed, print `<script>`, `<iframe>` and the other tags GFM's tag filter
    /// names as text (GFM spec, "Disallowed Raw HTML"); off by default, so authors keep `<iframe>`.
    public var filtersRawHTMLTags = false

    public init(
        allowsRawHTML: Bool = false,
        quoteStyle: QuoteStyle = .straight,
        directiveNames: Set<String> = [],
        reservedIDs: Set<String> = []
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.quoteStyle = quoteStyle
        self.directiveNames = directiveNames
        self.reservedIDs = reservedIDs
    }

    /// Renders `markdown`, whose first line is line `firstLine` of `path` (front matter comes before it).
    ///
    /// `evaluate` gives the text for each `{{name …}}` expression named in `inlineNames`.
    /// `rewriteLink` adapts link destinations to the site's link style (links as written are kept
    /// in `links`). `expand` turns each directive into HTML; its errors are collected so every broken chart on a
    /// page is reported in one run, then thrown together as a `DiagnosticList`.
    public func render(
        _ markdown: String,
        path: String,
        firstLine: Int = 1,
        expand: (Directive) throws -> String = { _ in "" },
        rewriteLink: (String) -> String = { $0 },
        evaluate: (InlineExpression) throws -> String = { _ in "" }
    ) throws -> RenderedMarkdown {
        let options = allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let document = CmarkTree.parse(markdown, options: options) else {
            throw Diagnostic(SourceLocation(path: path), "Markdown parser ran out of memory")
        }
        var page = PageRender(
            renderer: self, document: document, source: markdown, options: options, path: path, firstLine: firstLine)
        defer { cmark_node_free(page.document) }
        page.parseFootnoteDefinitionsAgain()
        page.noteEscapedTaskMarkers()
        page.makeTables()
        page.extractFootnotes()
        page.consolidateText()
        page.applyInlineExtensions()
        page.markLanguagePassages()
        page.linkFootnotes()
        page.filterRawHTMLTags()
        page.readText(rewriteLink: rewriteLink, evaluate: evaluate)
        page.identifyHeadings()
        page.expandDirectives(expand)
        if !page.failures.isEmpty { throw DiagnosticList(page.failures) }
        guard let html = page.html() else {
            throw Diagnostic(SourceLocation(path: path), "Markdown renderer ran out of memory")
        }
        return RenderedMarkdown(html: html, headings: page.headings, links: page.links, notes: page.notes)
    }
}

/// The HTML the GFM extensions and headings are written as.
public enum MarkdownMarkup: Sendable, Hashable {
    /// Folio's: heading ids and section links, labelled table regions with alignment classes,
    /// labelled task checkboxes, footnotes with a titled section and accessible back-links.
    case folio
    /// cmark-gfm's, as the GFM spec's examples show it: for conformance tests against the spec and
    /// the `cmark-gfm` program.
    case gfm
}
