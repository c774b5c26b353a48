import Ccmark
import FolioDiagnostics
import Foundation

/// One page's render in progress: cmark's tree and what the passes learn from it. Each pass is a
/// method here or in an extension, and `MarkdownRenderer.render` lists them in order.
///
/// Made and freed inside `render`, so the tree's pointers never leave it.
struct PageRender {
    let renderer: MarkdownRenderer
    var document: OpaquePointer
    let source: String
    let options: Int32
    let path: String
    let firstLine: Int
    /// Which extensions the page's bytes allow (`ExtensionBytes`).
    let present: ExtensionBytes
    var notes: [MarkdownNote] = []
    var failures: [Diagnostic] = []
    var headings: [Heading] = []
    var links: [MarkdownLink] = []
    var tracker = LineTracker()
    var tables: TableTransform
    var footnotes: Footnotes
    var inline = InlineExtensions()
    var usedIDs: Set<String>
    var headingNodes: [OpaquePointer] = []
    var directiveNodes: [(node: OpaquePointer, directive: Directive)] = []

    init(
        renderer: MarkdownRenderer, document: OpaquePointer, source: String, options: Int32, path: String,
        firstLine: Int
    ) {
        self.renderer = renderer
        self.document = document
        self.source = source
        self.options = options
        self.path = path
        self.firstLine = firstLine
        present = ExtensionBytes(source)
        tables = TableTransform(options: options, strings: renderer.strings, markup: renderer.markup)
        footnotes = Footnotes(strings: renderer.strings, markup: renderer.markup)
        usedIDs = renderer.reservedIDs
    }

    /// The line in the file of `line` in the Markdown text.
    func fileLine(_ line: Int) -> Int { line + firstLine - 1 }

    /// Footnote definitions cmark took for link reference definitions: parse again with those
    /// lines left empty (so every other line keeps its number).
    mutating func parseFootnoteDefinitionsAgain() {
        guard present.hasCaret else { return }
        let lines = SourceLines(source)
        let consumed = FootnoteScan.consumedDefinitionLines(in: document, lines: lines)
        guard !consumed.isEmpty, let reparsed = CmarkTree.parse(lines.text(blanking: consumed), options: options)
        else { return }
        cmark_node_free(document)
        document = reparsed
    }

    /// List items that start with an escaped `\\[x]`, which are no task items.
    mutating func noteEscapedTaskMarkers() {
        guard present.hasTask else { return }
        inline.escapedTaskItems = TaskList.escapedItems(under: document, lines: SourceLines(source))
    }

    /// GFM pipe tables, from paragraphs whose lines hold a delimiter row.
    mutating func makeTables() {
        guard present.hasPipe else { return }
        let lines = SourceLines(source)
        if present.hasBracket { tables.linkDefinitions = FootnoteScan.linkDefinitions(in: document, lines: lines) }
        tables.apply(to: document, lines: lines)
        notes += tables.mismatches.map {
            MarkdownNote(
                line: fileLine($0),
                message: "this looks like a table, but its delimiter row has not as many cells as its header row",
                hint: "give the `| --- |` row one cell per header cell")
        }
    }

    /// GFM footnote definitions, moved to a section at the end.
    mutating func extractFootnotes() {
        tracker.rowLines = tables.rowLines
        guard present.hasCaret else { return }
        let lines = SourceLines(source)
        if !present.hasPipe { tables.linkDefinitions = FootnoteScan.linkDefinitions(in: document, lines: lines) }
        footnotes.extract(
            from: document, lines: lines, options: options, tables: &tables, tracker: &tracker)
        tracker.rowLines = tables.rowLines
    }

    /// cmark leaves `[`, `_` and `~` as text nodes of their own: one node per run of text lets the
    /// extensions see `[x] `, `a_b@c.se`, `~~` and `]{lang=` whole.
    mutating func consolidateText() {
        guard present.hasTask || present.hasTilde || present.hasAutolink || present.hasCaret || present.hasLanguageMark
        else { return }
        cmark_consolidate_text_nodes(document)
    }

    /// Extended autolinks, strikethrough and task list items.
    mutating func applyInlineExtensions() {
        inline.markup = renderer.markup
        inline.escapedTaskItems.formUnion(footnotes.escapedTaskItems)
        inline.apply(to: document, bytes: present)
    }

    /// `[…]{lang=xx}` spans and `::: {lang=xx}` blocks.
    mutating func markLanguagePassages() {
        guard present.hasLanguageMark else { return }
        LanguagePassages.apply(to: document)
    }

    /// `[^label]` references made links to their numbered notes.
    mutating func linkFootnotes() {
        guard present.hasCaret else { return }
        footnotes.link(
            in: document, tracker: tracker, autolinks: inline.autolinks, usedIDs: &usedIDs, firstLine: firstLine)
        notes += footnotes.problems
    }

    /// The whole tree as HTML.
    func html() -> String? {
        guard let rendered = cmark_render_html(document, options) else { return nil }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
