import Ccmark

/// GFM task list items: `- [ ] …` and `- [x] …` become disabled checkboxes labelled by the item's
/// text, and a list holding them is wrapped in `<div class="task-list">`, styled without bullets.
enum TaskList {
    /// Makes `item` a task item if its first paragraph starts with `[ ]`, `[x]` or `[X]` and a
    /// space; returns whether it did. cmark-gfm's markup is a bare checkbox before the text.
    static func apply(to item: OpaquePointer, markup: MarkdownMarkup = .folio) -> Bool {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
            let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT
        else { return false }
        let literal = CmarkTree.literal(text)
        let bytes = Array(literal.utf8.prefix(4))
        guard bytes.count == 4, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"),
            bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "\t")
        else { return false }
        let checked: Bool
        switch bytes[1] {
        case UInt8(ascii: " "): checked = false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
        default: return false
        }
        let rest = String(literal.utf8.dropFirst(4)).map { String($0.drop(while: { $0 == " " })) } ?? ""
        if rest.isEmpty { CmarkTree.remove(text) } else { cmark_node_set_literal(text, rest) }
        if markup == .gfm {
            // cmark-gfm's: in a loose list the box stands before the item's first paragraph.
            let box = "<input type=\"checkbox\"" + (checked ? " checked=\"\"" : "") + " disabled=\"\" />"
            let isTight = cmark_node_parent(item).map { cmark_node_get_list_tight($0) != 0 } ?? true
            guard let input = isTight ? CmarkTree.customInline(enter: box + " ") : CmarkTree.customBlock(enter: box)
            else { return false }
            if !isTight {
                cmark_node_insert_before(paragraph, input)
            } else if let first = cmark_node_first_child(paragraph) {
                cmark_node_insert_before(first, input)
            } else {
                cmark_node_append_child(paragraph, input)
            }
            return true
        }
        let box = "<input type=\"checkbox\" disabled" + (checked ? " checked" : "") + "> "
        guard let label = CmarkTree.customInline(enter: "<label class=\"task\">" + box, exit: "</label>") else {
            return false
        }
        CmarkTree.moveChildren(of: paragraph, to: label)
        cmark_node_append_child(paragraph, label)
        return true
    }

    /// Items under `root` whose first paragraph starts with a backslash in `lines`, the text `root`
    /// was parsed from: `\\[x] text` is an escaped bracket, never a task, though cmark's text node
    /// reads `[x] text` like the real marker.
    static func escapedItems(under root: OpaquePointer, lines: SourceLines) -> Set<OpaquePointer> {
        let items = CmarkWalk.nodes(under: root) { node, type in
            guard type == CMARK_NODE_ITEM, let paragraph = cmark_node_first_child(node),
                cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
            else { return false }
            let line = lines.line(Int(cmark_node_get_start_line(paragraph)))
            let column = Int(cmark_node_get_start_column(paragraph))
            return column >= 1 && line.dropFirst(column - 1).first == UInt8(ascii: "\\")
        }
        return Set(items)
    }

    /// Wraps `list` in the task list block, once.
    static func wrap(_ list: OpaquePointer) {
        guard let wrapper = CmarkTree.customBlock(enter: "<div class=\"task-list\">", exit: "</div>") else { return }
        cmark_node_insert_before(list, wrapper)
        cmark_node_unlink(list)
        cmark_node_append_child(wrapper, list)
    }
}
