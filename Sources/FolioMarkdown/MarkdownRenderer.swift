import Ccmark
import FolioDiagnostics
import Foundation

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
        guard var document = CmarkTree.parse(markdown, options: options) else {
            throw Diagnostic(SourceLocation(path: path), "Markdown parser ran out of memory")
        }
        defer { cmark_node_free(document) }

        // The GitHub-flavoured extensions, each only where the page's bytes say it can apply.
        let present = ExtensionBytes(markdown)
        if present.hasCaret {
            // Footnote definitions cmark took for link reference definitions: parse again with
            // those lines left empty (so every other line keeps its number).
            let lines = SourceLines(markdown)
            let consumed = Footnotes.consumedDefinitionLines(in: document, lines: lines)
            if !consumed.isEmpty, let reparsed = CmarkTree.parse(lines.text(blanking: Set(consumed)), options: options)
            {
                cmark_node_free(document)
                document = reparsed
            }
        }
        var notes: [MarkdownNote] = []
        var tracker = LineTracker()
        var tables = TableTransform(options: options, strings: strings)
        var footnotes = Footnotes(strings: strings)
        if present.hasPipe || present.hasCaret {
            let lines = SourceLines(markdown)
            if present.hasPipe { tables.apply(to: document, lines: lines) }
            if present.hasCaret {
                footnotes.extract(from: document, lines: lines, options: options, tables: &tables, tracker: &tracker)
            }
            notes += tables.mismatches.map {
                MarkdownNote(
                    line: $0 + firstLine - 1,
                    message: "this looks like a table, but its delimiter row has not as many cells as its header row",
                    hint: "give the `| --- |` row one cell per header cell")
            }
            tracker.rowLines = tables.rowLines
        }
        if present.hasTask || present.hasTilde || present.hasAutolink || present.hasCaret {
            // cmark leaves `[`, `_` and `~` as text nodes of their own: one node per run of text
            // lets the extensions see `[x] `, `a_b@c.se` and `~~` whole.
            cmark_consolidate_text_nodes(document)
        }
        let hasLanguageMarks = present.hasLanguageMark
        if hasLanguageMarks && !(present.hasTask || present.hasTilde || present.hasAutolink || present.hasCaret) {
            cmark_consolidate_text_nodes(document)
        }
        var inlineExtensions = InlineExtensions()
        inlineExtensions.apply(to: document, bytes: present)
        if hasLanguageMarks { LanguagePassages.apply(to: document) }
        var usedIDs = reservedIDs
        if present.hasCaret {
            footnotes.link(in: document, tracker: tracker, usedIDs: &usedIDs, firstLine: firstLine)
            notes += footnotes.problems
        }

        var headings: [Heading] = []
        var links: [MarkdownLink] = []
        var failures: [Diagnostic] = []
        var headingNodes: [OpaquePointer] = []
        var directiveNodes: [(node: OpaquePointer, directive: Directive)] = []
        var typography = Typography.State()
        var autolinkDepth = 0

        // Pass 1: read the tree, typeset quotes in place, and note the nodes to replace.
        // Structural edits wait for pass 2, because cmark's iterator must not see a changing tree.
        guard let iterator = cmark_iter_new(document) else {
            throw Diagnostic(SourceLocation(path: path), "Markdown parser ran out of memory")
        }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator) {
                let type = cmark_node_get_type(node)
                if event == CMARK_EVENT_ENTER {
                    // cmark gives inline nodes no line of their own: the tracker counts from the
                    // enclosing block's first line, so a link's line is exact in wrapped paragraphs.
                    tracker.enter(node, type)
                    let inlineLine = tracker.line
                    switch type {
                    case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
                        typography = Typography.State()
                    case CMARK_NODE_CUSTOM_INLINE where tables.cells.contains(node):
                        typography = Typography.State()
                    case CMARK_NODE_TEXT where autolinkDepth == 0:
                        // Most text has nothing to typeset and no expression to expand: look at
                        // the C bytes before making a Swift string of them.
                        guard let bytes = cmark_node_get_literal(node) else { break }
                        let hasTypography =
                            quoteStyle != .straight
                            && (strchr(bytes, 0x22) != nil || strchr(bytes, 0x27) != nil || strstr(bytes, "--") != nil
                                || strstr(bytes, "...") != nil)
                        let hasExpression = !inlineNames.isEmpty && strstr(bytes, "{{") != nil
                        let count = strlen(bytes)
                        let buffer = UnsafeBufferPointer(
                            start: UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: count)
                        guard hasTypography || hasExpression else {
                            if let last = buffer.last { typography.previous = last }
                            break
                        }
                        var typesetBytes =
                            hasTypography ? Typography.typeset(buffer, style: quoteStyle, state: &typography) : nil
                        if !hasExpression, typesetBytes != nil {
                            // Straight from bytes to the node, with no Swift string in between.
                            typesetBytes?.append(0)
                            typesetBytes?.withUnsafeBufferPointer { typeset in
                                typeset.withMemoryRebound(to: CChar.self) {
                                    _ = cmark_node_set_literal(node, $0.baseAddress)
                                }
                            }
                            break
                        }
                        let literal = String(cString: bytes)
                        var typeset = typesetBytes.map { String(decoding: $0, as: UTF8.self) } ?? literal
                        if !inlineNames.isEmpty {
                            do {
                                let location = SourceLocation(path: path, line: inlineLine + firstLine - 1)
                                typeset = try InlineExpression.expand(
                                    typeset, names: inlineNames, location: location, evaluate: evaluate)
                            } catch {
                                failures +=
                                    DiagnosticList(
                                        flattening: error,
                                        at: SourceLocation(path: path, line: inlineLine + firstLine - 1)
                                    ).diagnostics
                            }
                        }
                        if typeset != literal { cmark_node_set_literal(node, typeset) }
                    case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                        if inlineExtensions.autolinks.contains(node) { autolinkDepth += 1 }
                        let url = Self.string(cmark_node_get_url(node))
                        let rewritten = rewriteLink(url)
                        if rewritten != url { cmark_node_set_url(node, rewritten) }
                        links.append(
                            MarkdownLink(
                                destination: url, line: inlineLine + firstLine - 1, isImage: type == CMARK_NODE_IMAGE))
                    case CMARK_NODE_CODE_BLOCK:
                        let info = Self.string(cmark_node_get_fence_info(node))
                        let name = info.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                        if directiveNames.contains(name) {
                            let line = Int(cmark_node_get_start_line(node)) + firstLine - 1
                            let directive = Directive(
                                name: name,
                                body: Self.string(cmark_node_get_literal(node)),
                                location: SourceLocation(path: path, line: line + 1, column: 1),
                                ordinal: directiveNodes.count + 1
                            )
                            directiveNodes.append((node, directive))
                        }
                    default:
                        break
                    }
                } else if event == CMARK_EVENT_EXIT {
                    tracker.exit(node)
                    if type == CMARK_NODE_LINK, inlineExtensions.autolinks.contains(node) { autolinkDepth -= 1 }
                    if type == CMARK_NODE_HEADING { headingNodes.append(node) }
                }
            }
            event = cmark_iter_next(iterator)
        }

        // Pass 2: give headings ids, and swap directives for the HTML the caller made.
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = Self.plainText(of: node)
            let id = Slug.unique(text, fallback: "section", used: &usedIDs)
            let line = Int(cmark_node_get_start_line(node)) + firstLine - 1
            headings.append(Heading(level: level, text: text, id: id, line: line))
            guard let rendered = cmark_render_html(node, options) else { continue }
            var html = String(cString: rendered)
            free(rendered)
            let open = "<h\(level)>"
            if html.hasPrefix(open) {
                html = "<h\(level) id=\"\(id)\">" + html.dropFirst(open.count)
            }
            if level == 2 || level == 3 {
                // A link to the section itself, for readers to share; after the heading, not in it,
                // so the heading's accessible name stays its text.
                let label = CmarkTree.escape(strings.fill(strings.sectionLink, "heading", text))
                if html.hasSuffix("\n") { html.removeLast() }
                html =
                    "<div class=\"section-heading\">" + html
                    + "<a class=\"section-link\" href=\"#\(id)\" aria-label=\"\(label)\">#</a></div>\n"
            }
            Self.replace(node, withHTML: html)
        }
        for (node, directive) in directiveNodes {
            do {
                Self.replace(node, withHTML: try expand(directive))
            } catch {
                failures += DiagnosticList(flattening: error, at: directive.location).diagnostics
            }
        }
        if !failures.isEmpty { throw DiagnosticList(failures) }

        guard let rendered = cmark_render_html(document, options) else {
            throw Diagnostic(SourceLocation(path: path), "Markdown renderer ran out of memory")
        }
        defer { free(rendered) }
        return RenderedMarkdown(html: String(cString: rendered), headings: headings, links: links, notes: notes)
    }

    /// Puts a custom block holding `html` where `node` was; cmark writes its text verbatim.
    private static func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html.hasSuffix("\n") ? html : html + "\n")
        cmark_node_insert_before(node, block)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// The text a reader sees in a node: its text and code spans, without markup.
    private static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) {
                switch cmark_node_get_type(child) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
                default: break
                }
            }
            event = cmark_iter_next(iterator)
        }
        return text
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
