import Ccmark

/// Where a page's footnote definitions are: found from cmark's blocks and the lines between them
/// (by position, never by searching the whole text), at the top level and inside block quotes and
/// list items, as GFM allows.
///
/// cmark knows no footnotes: a definition reaches Folio as a paragraph, as indented code for its
/// further paragraphs, or not at all when it reads as a link reference definition (`[^1]: Fotnoten.`).
enum FootnoteScan {
    /// A block that holds blocks, with the lines it spans.
    struct Container {
        var node: OpaquePointer
        var lines: ClosedRange<Int>
        /// Strips a line of this container's prefix (`> `, an item's indent).
        var column: Int
        /// Where the container itself starts on its first line (its `>`); 1 for the document.
        var startColumn: Int

        /// A line no child holds, without the container's prefix: on the first line everything
        /// before the container and its `>`, on later lines the leading spaces, tabs and `>`.
        func unclaimed(_ line: Int, in lines: SourceLines) -> ArraySlice<UInt8> {
            guard cmark_node_get_type(node) != CMARK_NODE_DOCUMENT else { return lines.line(line) }
            var content = lines.line(line)
            if line == self.lines.lowerBound { content = content.dropFirst(startColumn - 1) }
            return content.drop {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">")
            }
        }
    }

    /// Lines no block holds that start a footnote definition: cmark read them as link reference
    /// definitions, which would turn `[^1]` into a link. The renderer parses the page again without
    /// them.
    static func consumedDefinitionLines(in document: OpaquePointer, lines: SourceLines) -> Set<Int> {
        var found: Set<Int> = []
        for container in containers(in: document, lines: lines) {
            for line in uncoveredLines(of: container)
            where FootnoteDefinition.start(of: container.unclaimed(line, in: lines)) != nil {
                found.insert(line)
            }
        }
        return found
    }

    /// The page's link reference definitions as Markdown text: runs of lines no block holds that
    /// start with `[` (cmark keeps no other trace of them). Table cells and footnotes are parsed as
    /// documents of their own, and need them to resolve `[text][label]`.
    static func linkDefinitions(in document: OpaquePointer, lines: SourceLines) -> String {
        var text = ""
        for container in containers(in: document, lines: lines) {
            var previous = -1
            for line in uncoveredLines(of: container) {
                let content = container.unclaimed(line, in: lines)
                let isBlank = content.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                let continues = previous == line - 1 && !isBlank
                let first = content.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
                guard first == UInt8(ascii: "[") || continues else { continue }
                text += String(decoding: content, as: UTF8.self) + "\n"
                previous = line
            }
            text += "\n"
        }
        return text
    }

    /// The definitions in `document`, each with the blocks cmark read it as (to be removed).
    static func definitions(in document: OpaquePointer, lines: SourceLines)
        -> [(definition: FootnoteDefinition, blocks: [OpaquePointer])]
    {
        var result: [(definition: FootnoteDefinition, blocks: [OpaquePointer])] = []
        for container in containers(in: document, lines: lines) {
            result += definitions(in: container, lines: lines)
        }
        return result.sorted { $0.definition.lines.lowerBound < $1.definition.lines.lowerBound }
    }

    /// The document, and every block quote and list item in it.
    static func containers(in document: OpaquePointer, lines: SourceLines) -> [Container] {
        let nodes = CmarkWalk.nodes(under: document) { _, type in
            type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_ITEM
        }
        return nodes.compactMap { node in
            guard cmark_node_get_type(node) != CMARK_NODE_DOCUMENT else {
                return Container(node: node, lines: 1...max(1, lines.count), column: 1, startColumn: 1)
            }
            let first = Int(cmark_node_get_start_line(node))
            let last = Int(cmark_node_get_end_line(node))
            guard first >= 1, last >= first else { return nil }
            let column = cmark_node_first_child(node).map { Int(cmark_node_get_start_column($0)) } ?? Int.max
            let startColumn = Int(cmark_node_get_start_column(node))
            return Container(node: node, lines: first...last, column: column, startColumn: max(1, startColumn))
        }
    }

    /// Lines of `container` that none of its children holds.
    static func uncoveredLines(of container: Container) -> [Int] {
        var found: [Int] = []
        var covered = container.lines.lowerBound - 1
        if cmark_node_get_type(container.node) == CMARK_NODE_ITEM { covered = container.lines.lowerBound }
        for block in CmarkTree.children(of: container.node) + [nil] {
            let first = block.map { Int(cmark_node_get_start_line($0)) } ?? container.lines.upperBound + 1
            if covered + 1 < first { found += Array((covered + 1)..<first) }
            if let block { covered = max(covered, Int(cmark_node_get_end_line(block))) }
        }
        return found
    }

    /// The definitions among one container's children and the lines between them.
    private static func definitions(in container: Container, lines: SourceLines)
        -> [(definition: FootnoteDefinition, blocks: [OpaquePointer])]
    {
        let blocks = CmarkTree.children(of: container.node)
        var blockAt: [Int: Int] = [:]
        var starts: [Int: (label: String, rest: ArraySlice<UInt8>)] = [:]
        for line in uncoveredLines(of: container) {
            if let start = FootnoteDefinition.start(of: container.unclaimed(line, in: lines)) {
                starts[line] = start
            }
        }
        for (index, block) in blocks.enumerated() {
            let first = Int(cmark_node_get_start_line(block))
            let last = Int(cmark_node_get_end_line(block))
            let column = Int(cmark_node_get_start_column(block))
            guard cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH, first >= 1, last >= first,
                FootnoteDefinition.start(of: lines.line(first, column: column)) != nil
            else { continue }
            for line in first...last {
                blockAt[line] = index
                if let start = FootnoteDefinition.start(of: lines.line(line, column: column)) { starts[line] = start }
            }
        }
        guard !starts.isEmpty else { return [] }
        var result: [(definition: FootnoteDefinition, blocks: [OpaquePointer])] = []
        for first in starts.keys.sorted() {
            guard let start = starts[first] else { continue }
            let definition = FootnoteDefinition.read(
                start, at: first, in: container.lines, lines: lines, column: container.column,
                isStart: { starts[$0] != nil }, sameParagraph: { blockAt[$0] != nil && blockAt[$0] == blockAt[first] })
            let inside = blocks.filter { definition.lines.contains(Int(cmark_node_get_start_line($0))) }
            result.append((definition, inside))
        }
        return result
    }
}
