import Ccmark
import Foundation

/// The inline GFM extensions that rewrite cmark's tree before the renderer's main walk:
/// extended autolinks, strikethrough and task list items, each run only when the page's bytes
/// allow it (`ExtensionBytes`) and only on the nodes that hold its trigger character.
struct InlineExtensions {
    /// Link nodes made from bare URLs: their text is a URL, never typeset.
    var autolinks: Set<OpaquePointer> = []
    /// Whose markup task items get.
    var markup: MarkdownMarkup = .folio
    /// Items whose `[x]` was written escaped (`\\[x]`): no task.
    var escapedTaskItems: Set<OpaquePointer> = []

    /// Rewrites the tree under `root`.
    mutating func apply(to root: OpaquePointer, bytes: ExtensionBytes) {
        guard bytes.hasAutolink || bytes.hasTilde || bytes.hasTask else { return }
        var linkTexts: [OpaquePointer] = []
        var tildeParents: [OpaquePointer] = []
        var seenParents: Set<OpaquePointer> = []
        var items: [OpaquePointer] = []
        var linkDepth = 0
        var insideRawAnchor = false
        CmarkWalk.walk(root) { step in
            let node = step.node
            switch (step.event, step.type) {
            case (.enter, CMARK_NODE_LINK), (.enter, CMARK_NODE_IMAGE): linkDepth += 1
            case (.exit, CMARK_NODE_LINK), (.exit, CMARK_NODE_IMAGE): linkDepth -= 1
            case (.enter, CMARK_NODE_PARAGRAPH), (.enter, CMARK_NODE_HEADING):
                insideRawAnchor = false
            case (.enter, CMARK_NODE_HTML_INLINE):
                let html = CmarkTree.literal(node).lowercased()
                if html.hasPrefix("<a ") || html.hasPrefix("<a>") { insideRawAnchor = true }
                if html.hasPrefix("</a") { insideRawAnchor = false }
            case (.enter, CMARK_NODE_ITEM) where bytes.hasTask && !escapedTaskItems.contains(node):
                items.append(node)
            case (.enter, CMARK_NODE_TEXT):
                guard let literal = cmark_node_get_literal(node) else { break }
                if bytes.hasAutolink, linkDepth == 0, !insideRawAnchor,
                    strchr(literal, 0x2E) != nil || strchr(literal, 0x3A) != nil
                {
                    linkTexts.append(node)
                }
                if bytes.hasTilde, strchr(literal, 0x7E) != nil, let parent = cmark_node_parent(node),
                    seenParents.insert(parent).inserted
                {
                    tildeParents.append(parent)
                }
            default: break
            }
        }
        for node in linkTexts { link(node) }
        for parent in tildeParents where !autolinks.contains(parent) { Strikethrough.apply(to: parent) }
        var wrapped: Set<OpaquePointer> = []
        for item in items where TaskList.apply(to: item, markup: markup) {
            guard markup == .folio else { continue }
            if let list = cmark_node_parent(item), wrapped.insert(list).inserted { TaskList.wrap(list) }
        }
    }

    /// Splits a text node around the autolinks in it.
    private mutating func link(_ node: OpaquePointer) {
        let bytes = Array(CmarkTree.literal(node).utf8)
        let found = Autolink.find(in: bytes)
        guard !found.isEmpty else { return }
        var start = 0
        for autolink in found {
            if autolink.range.lowerBound > start,
                let text = CmarkTree.text(piece(bytes, start..<autolink.range.lowerBound))
            {
                cmark_node_insert_before(node, text)
            }
            if let link = cmark_node_new(CMARK_NODE_LINK), let text = CmarkTree.text(piece(bytes, autolink.range)) {
                cmark_node_set_url(link, autolink.destination)
                cmark_node_append_child(link, text)
                cmark_node_insert_before(node, link)
                autolinks.insert(link)
            }
            start = autolink.range.upperBound
        }
        if start < bytes.count {
            cmark_node_set_literal(node, piece(bytes, start..<bytes.count))
        } else {
            CmarkTree.remove(node)
        }
    }

    private func piece(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
