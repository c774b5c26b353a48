import Ccmark
import FolioHTML

/// Turns the paragraphs of a cmark tree that hold a pipe table (`TableBlock`) into table HTML,
/// keeping each cell's inline Markdown as cmark nodes so later passes (links, quotes, strikethrough)
/// see cells like any other text.
struct TableTransform {
    /// The page's cmark options, for parsing cells.
    var options: Int32
    var strings: MarkdownStrings
    var markup: MarkdownMarkup
    /// Tables made so far on the page: numbers each scroll region's name.
    var count = 0
    /// The source line of each row block made, in the tree's own line numbers.
    var rowLines: [OpaquePointer: Int] = [:]
    /// Cell nodes: a quote never runs from one cell into the next.
    var cells: Set<OpaquePointer> = []
    /// Delimiter rows whose cell count differs from their header's, by line.
    var mismatches: [Int] = []
    /// The page's link reference definitions, parsed with the cells so `[a][b]` resolves in them.
    var linkDefinitions = ""

    init(options: Int32, strings: MarkdownStrings, markup: MarkdownMarkup) {
        self.options = options
        self.strings = strings
        self.markup = markup
    }

    /// Rewrites every table paragraph under `root`; `lines` is the text `root` was parsed from.
    mutating func apply(to root: OpaquePointer, lines: SourceLines) {
        let paragraphs = CmarkWalk.nodes(under: root) { _, type in type == CMARK_NODE_PARAGRAPH }
        for paragraph in paragraphs { transform(paragraph, lines: lines) }
    }

    private mutating func transform(_ paragraph: OpaquePointer, lines: SourceLines) {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = Int(cmark_node_get_end_line(paragraph))
        let column = Int(cmark_node_get_start_column(paragraph))
        guard first >= 1, last > first else { return }
        let rows = (first...last).map { lines.line($0, column: column) }
        // Look at the bytes first: most paragraphs have no pipe and cost nothing more.
        guard rows.contains(where: { $0.contains(UInt8(ascii: "|")) }) else { return }
        var mismatch: Int?
        let found = TableBlock.find(in: rows, mismatch: &mismatch)
        if let mismatch, found == nil || mismatch < found?.headerIndex ?? 0 { mismatches.append(first + mismatch) }
        guard let table = found, let wrapper = build(table, headerLine: first + table.headerIndex) else { return }
        cmark_node_insert_after(paragraph, wrapper)
        if table.headerIndex == 0 || !cut(paragraph, keepingLines: rows.count - table.headerIndex) {
            CmarkTree.remove(paragraph)
        }
    }

    /// Removes the last `tableLines` lines' inlines from a paragraph whose first lines are prose;
    /// false when the prose cannot be told apart (the whole paragraph is then the table).
    private func cut(_ paragraph: OpaquePointer, keepingLines tableLines: Int) -> Bool {
        var breaks = 0
        var node = cmark_node_last_child(paragraph)
        while let current = node {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                breaks += 1
                if breaks == tableLines {
                    while let after = cmark_node_next(current) { CmarkTree.remove(after) }
                    CmarkTree.remove(current)
                    return cmark_node_first_child(paragraph) != nil
                }
            }
            node = cmark_node_previous(current)
        }
        return false
    }

    /// The table's nodes: a labelled scroll region around `<table>`, cells holding inline nodes.
    private mutating func build(_ table: TableBlock, headerLine: Int) -> OpaquePointer? {
        let allRows = [table.header] + table.rows
        // One cmark parse for every cell: each cell is a paragraph of its own. The `;` in front
        // keeps a cell's text from starting a block (`- x`, `# x`) and is removed again.
        var text = ""
        for row in allRows {
            for cell in row { text += ";" + cell + "\n\n" }
        }
        text += linkDefinitions
        guard let cellDocument = CmarkTree.parse(text, options: options) else { return nil }
        defer { cmark_node_free(cellDocument) }
        count += 1
        let label = Markup.escaped(strings.fill(strings.table, "n", String(count)))
        let region = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\">\n"
        guard
            let wrapper = markup == .gfm
                ? CmarkTree.customBlock(enter: "<table>", exit: "</table>")
                : CmarkTree.customBlock(enter: region + "<table>", exit: "</table>\n</div>")
        else { return nil }
        var paragraph = cmark_node_first_child(cellDocument)
        for (rowIndex, row) in allRows.enumerated() {
            let isHeader = rowIndex == 0
            if rowIndex <= 1,
                let section = CmarkTree.customBlock(
                    enter: isHeader ? "<thead>" : "<tbody>", exit: isHeader ? "</thead>" : "</tbody>")
            {
                cmark_node_append_child(wrapper, section)
            }
            guard let section = cmark_node_last_child(wrapper),
                let rowNode = CmarkTree.customBlock(enter: "<tr>", exit: "</tr>")
            else { continue }
            cmark_node_append_child(section, rowNode)
            rowLines[rowNode] = headerLine + (isHeader ? 0 : rowIndex + 1)
            for index in row.indices {
                let alignment = attribute(table.alignments[index])
                let tag = isHeader ? "th" : "td"
                let scope = isHeader && markup == .folio ? " scope=\"col\"" : ""
                guard let cell = CmarkTree.customInline(enter: "\n<\(tag)\(scope)\(alignment)>", exit: "</\(tag)>")
                else { continue }
                cmark_node_append_child(rowNode, cell)
                cells.insert(cell)
                guard let source = paragraph else { continue }
                paragraph = cmark_node_next(source)
                CmarkTree.moveChildren(of: source, to: cell)
                Self.dropMarker(in: cell)
            }
        }
        return wrapper
    }

    /// A cell's alignment: a class in Folio's markup, the `align` attribute in cmark-gfm's.
    private func attribute(_ alignment: TableBlock.Alignment) -> String {
        guard let name = alignment.htmlClass else { return "" }
        return markup == .folio ? " class=\"\(name)\"" : " align=\"\(name.dropFirst("align-".count))\""
    }

    /// Removes the `;` put before the cell's text.
    private static func dropMarker(in cell: OpaquePointer) {
        guard let first = cmark_node_first_child(cell), cmark_node_get_type(first) == CMARK_NODE_TEXT else { return }
        let literal = CmarkTree.literal(first)
        guard literal.hasPrefix(";") else { return }
        if literal.utf8.count == 1 {
            CmarkTree.remove(first)
        } else {
            cmark_node_set_literal(first, String(literal.dropFirst()))
        }
    }
}
