import Ccmark

/// Text in another language than the page's, marked by its author so that browsers, screen
/// readers (voice) and hyphenation know: `[Tack så mycket]{lang=sv}` inline becomes
/// `<span lang="sv">`, and the blocks between a paragraph `::: {lang=sv}` and a paragraph `:::`
/// become `<div lang="sv">` (the bracketed-span and fenced-div syntax of Pandoc).
///
/// Both are found in cmark's tree, never in the raw text: the markers are text nodes and
/// paragraphs cmark already made, so code spans, code blocks and link targets are never touched.
enum LanguagePassages {
    static func apply(to root: OpaquePointer) {
        var containers: [OpaquePointer] = []
        var inlineParents: [OpaquePointer] = []
        var seen: Set<OpaquePointer> = []
        CmarkWalk.walk(root) { step in
            guard step.isEnter else { return }
            if step.type == CMARK_NODE_TEXT, CmarkTree.literal(step.node).contains("]{lang="),
                let parent = cmark_node_parent(step.node), seen.insert(parent).inserted
            {
                inlineParents.append(parent)
            } else if step.type == CMARK_NODE_DOCUMENT || step.type == CMARK_NODE_BLOCK_QUOTE
                || step.type == CMARK_NODE_ITEM
            {
                containers.append(step.node)
            }
        }
        for parent in inlineParents { wrapSpans(in: parent) }
        for container in containers { wrapBlocks(in: container) }
    }

    /// A language code as `site.yml` allows them: letters and `-`.
    static func code(_ text: Substring) -> String? {
        guard !text.isEmpty, text.count <= 35, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
            return nil
        }
        return String(text)
    }

    /// The language of an opening paragraph `::: {lang=sv}`, if `node` is one.
    private static func opener(_ node: OpaquePointer) -> String? {
        guard let text = onlyText(of: node), text.hasPrefix("::: {lang="), text.hasSuffix("}") else { return nil }
        return code(text.dropFirst("::: {lang=".count).dropLast())
    }

    private static func onlyText(of node: OpaquePointer) -> String? {
        guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, let child = cmark_node_first_child(node),
            cmark_node_next(child) == nil, cmark_node_get_type(child) == CMARK_NODE_TEXT
        else { return nil }
        return CmarkTree.literal(child)
    }

    /// Wraps the blocks between each opener and its closing `:::` paragraph (nesting allowed);
    /// an opener without one stays as text.
    private static func wrapBlocks(in container: OpaquePointer) {
        var open: [(node: OpaquePointer, code: String)] = []
        var pairs: [(opener: OpaquePointer, closer: OpaquePointer, code: String)] = []
        for child in CmarkTree.children(of: container) {
            if let code = opener(child) {
                open.append((child, code))
            } else if onlyText(of: child) == ":::", let last = open.popLast() {
                pairs.append((last.node, child, last.code))
            }
        }
        // Innermost pairs were closed first, so they are wrapped first and move as one block.
        for pair in pairs {
            guard let div = CmarkTree.customBlock(enter: "<div lang=\"\(pair.code)\">", exit: "</div>") else {
                continue
            }
            cmark_node_insert_before(pair.opener, div)
            var next = cmark_node_next(pair.opener)
            while let node = next, node != pair.closer {
                next = cmark_node_next(node)
                cmark_node_unlink(node)
                cmark_node_append_child(div, node)
            }
            CmarkTree.remove(pair.opener)
            CmarkTree.remove(pair.closer)
        }
    }

    /// Turns every `[…]{lang=xx}` among `parent`'s children into a span; the `[` may sit in an
    /// earlier text child, with emphasis, links or code between.
    private static func wrapSpans(in parent: OpaquePointer) {
        var searchFrom: (node: OpaquePointer, offset: Int)?
        while let match = nextMarker(in: parent, after: searchFrom) {
            guard let start = opening(before: match.node, offset: match.offset, in: parent) else {
                searchFrom = (match.node, match.offset + 1)
                continue
            }
            let closing = Array(CmarkTree.literal(match.node).unicodeScalars)
            let rest = String(String.UnicodeScalarView(closing[(match.offset + match.length)...]))
            guard let span = CmarkTree.customInline(enter: "<span lang=\"\(match.code)\">", exit: "</span>") else {
                return
            }
            let opening = Array(CmarkTree.literal(start.node).unicodeScalars)
            cmark_node_insert_after(start.node, span)
            if start.node == match.node {
                let inside = String(String.UnicodeScalarView(opening[(start.offset + 1)..<match.offset]))
                if !inside.isEmpty, let text = CmarkTree.text(inside) { cmark_node_append_child(span, text) }
            } else {
                let inside = String(String.UnicodeScalarView(opening[(start.offset + 1)...]))
                if !inside.isEmpty, let text = CmarkTree.text(inside) { cmark_node_append_child(span, text) }
                var next = cmark_node_next(span)
                while let node = next, node != match.node {
                    next = cmark_node_next(node)
                    cmark_node_unlink(node)
                    cmark_node_append_child(span, node)
                }
                let before = String(String.UnicodeScalarView(closing[..<match.offset]))
                if !before.isEmpty, let text = CmarkTree.text(before) { cmark_node_append_child(span, text) }
            }
            var after = span
            if !rest.isEmpty, let text = CmarkTree.text(rest) {
                cmark_node_insert_after(span, text)
                after = text
            }
            let head = String(String.UnicodeScalarView(opening[..<start.offset]))
            if start.node != match.node { CmarkTree.remove(match.node) }
            if head.isEmpty {
                CmarkTree.remove(start.node)
            } else {
                cmark_node_set_literal(start.node, head)
            }
            // Go on after the span: from the text left behind the marker, or its next sibling.
            guard let resume = after == span ? cmark_node_next(span) : after else { return }
            searchFrom = (resume, 0)
        }
    }

    /// The next `]{lang=xx}` in a text child of `parent`, from `after` on.
    private static func nextMarker(in parent: OpaquePointer, after: (node: OpaquePointer, offset: Int)?)
        -> (node: OpaquePointer, offset: Int, length: Int, code: String)?
    {
        var started = after == nil
        for child in CmarkTree.children(of: parent) {
            var from = 0
            if !started {
                guard child == after?.node else { continue }
                started = true
                from = after?.offset ?? 0
            }
            guard cmark_node_get_type(child) == CMARK_NODE_TEXT else { continue }
            let scalars = Array(CmarkTree.literal(child).unicodeScalars)
            let marker = Array("]{lang=".unicodeScalars)
            var index = from
            while index + marker.count <= scalars.count {
                if Array(scalars[index..<(index + marker.count)]) == marker,
                    let close = scalars[(index + marker.count)...].firstIndex(of: "}"),
                    let code = code(
                        Substring(String(String.UnicodeScalarView(scalars[(index + marker.count)..<close]))))
                {
                    return (child, index, close + 1 - index, code)
                }
                index += 1
            }
        }
        return nil
    }

    /// The nearest `[` before the marker, in the marker's own text child or an earlier one.
    private static func opening(before node: OpaquePointer, offset: Int, in parent: OpaquePointer)
        -> (node: OpaquePointer, offset: Int)?
    {
        var current: OpaquePointer? = node
        var limit = offset
        while let child = current {
            if cmark_node_get_type(child) == CMARK_NODE_TEXT {
                let scalars = Array(CmarkTree.literal(child).unicodeScalars)
                if let index = scalars[..<min(limit, scalars.count)].lastIndex(of: "[") { return (child, index) }
            }
            current = cmark_node_previous(child)
            limit = Int.max
        }
        return nil
    }
}
