import Ccmark

/// The file line of the node a walk is at. cmark gives inline nodes no line of their own, so the
/// tracker counts from the enclosing block's first line, one more at each line break; blocks
/// Folio made itself (table rows, footnotes parsed on their own) carry their lines here.
struct LineTracker {
    /// Lines of table rows, in the numbering of the text they were parsed from.
    var rowLines: [OpaquePointer: Int] = [:]
    /// Footnote containers: what to add to the lines of the blocks inside, parsed as documents of
    /// their own starting at line 1.
    var offsets: [OpaquePointer: Int] = [:]
    private(set) var line = 0
    private var offset = 0

    mutating func enter(_ node: OpaquePointer, _ type: cmark_node_type) {
        if CmarkTree.isBlock(type) {
            if let added = offsets[node] { offset = added }
            line = Int(cmark_node_get_start_line(node)) + offset
            if let row = rowLines[node] { line = row + offset }
        } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
            line += 1
        }
    }

    mutating func exit(_ node: OpaquePointer) {
        if offsets[node] != nil { offset = 0 }
    }
}
