import Ccmark
import Foundation

/// Small helpers over cmark's C tree, shared by the passes that rewrite it (tables, footnotes,
/// strikethrough, autolinks, task lists). Every pass edits the tree only after its walk
/// (`CmarkWalk`) is over, because cmark's iterator must not see a changing tree.
enum CmarkTree {
    /// The node's children, first to last.
    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// A custom inline that writes `enter` before its children and `exit` after them.
    static func customInline(enter: String, exit: String = "") -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// A custom block that writes `enter` before its children and `exit` after them.
    static func customBlock(enter: String, exit: String = "") -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// A text node holding `literal`.
    static func text(_ literal: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, literal)
        return node
    }

    /// Moves every child of `source` to the end of `target`'s children.
    static func moveChildren(of source: OpaquePointer, to target: OpaquePointer) {
        while let child = cmark_node_first_child(source) {
            cmark_node_unlink(child)
            cmark_node_append_child(target, child)
        }
    }

    /// Unlinks and frees `node` with its subtree.
    static func remove(_ node: OpaquePointer) {
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A node's literal text, or empty.
    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// Whether `type` is a block node type.
    static func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
    }

    /// Parses `text` as a document of its own, with the same options as the page.
    static func parse(_ text: String, options: Int32) -> OpaquePointer? {
        text.withCString { cmark_parse_document($0, strlen($0), options) }
    }

    /// A C string from cmark as a Swift string, or empty.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Puts a custom block holding `html` where `node` was; cmark writes its text verbatim.
    static func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html.hasSuffix("\n") ? html : html + "\n")
        cmark_node_insert_before(node, block)
        remove(node)
    }

    /// The text a reader sees in a node: its text and code spans, without markup.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        CmarkWalk.walk(node) { step in
            guard step.isEnter else { return }
            switch step.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(step.node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }
}
