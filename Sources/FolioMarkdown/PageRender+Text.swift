import Ccmark
import FolioDiagnostics
import Foundation

extension PageRender {
    /// Reads the tree once: typesets quotes and expands `{{name …}}` in text in place, rewrites and
    /// records links, and notes the headings and directives that later passes replace. Structural
    /// edits wait, because cmark's iterator must not see a changing tree.
    mutating func readText(
        rewriteLink: (String) -> String, evaluate: (InlineExpression) throws -> String
    ) {
        var typography = Typography.State()
        var autolinkDepth = 0
        var tracker = self.tracker
        CmarkWalk.walk(document, tracking: &tracker) { step in
            guard step.isEnter else {
                if step.type == CMARK_NODE_LINK, inline.autolinks.contains(step.node) { autolinkDepth -= 1 }
                if step.type == CMARK_NODE_HEADING { headingNodes.append(step.node) }
                return
            }
            switch step.type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
                typography = Typography.State()
            case CMARK_NODE_CUSTOM_INLINE where tables.cells.contains(step.node):
                typography = Typography.State()
            case CMARK_NODE_TEXT where autolinkDepth == 0:
                typeset(step.node, line: step.line, typography: &typography, evaluate: evaluate)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if inline.autolinks.contains(step.node) { autolinkDepth += 1 }
                record(step.node, isImage: step.type == CMARK_NODE_IMAGE, line: step.line, rewriteLink: rewriteLink)
            case CMARK_NODE_CODE_BLOCK:
                noteDirective(step.node)
            default:
                break
            }
        }
    }

    /// Typesets one text node and expands its expressions. Most text has nothing to typeset and no
    /// expression to expand: the C bytes are looked at before a Swift string is made of them.
    private mutating func typeset(
        _ node: OpaquePointer, line: Int, typography: inout Typography.State,
        evaluate: (InlineExpression) throws -> String
    ) {
        guard let bytes = cmark_node_get_literal(node) else { return }
        let style = renderer.quoteStyle
        let hasTypography =
            style != .straight
            && (strchr(bytes, 0x22) != nil || strchr(bytes, 0x27) != nil || strstr(bytes, "--") != nil
                || strstr(bytes, "...") != nil)
        let hasExpression = !renderer.inlineNames.isEmpty && strstr(bytes, "{{") != nil
        let buffer = UnsafeBufferPointer(
            start: UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: strlen(bytes))
        guard hasTypography || hasExpression else {
            if let last = buffer.last { typography.previous = last }
            return
        }
        var typesetBytes = hasTypography ? Typography.typeset(buffer, style: style, state: &typography) : nil
        if !hasExpression, typesetBytes != nil {
            // Straight from bytes to the node, with no Swift string in between.
            typesetBytes?.append(0)
            typesetBytes?.withUnsafeBufferPointer { typeset in
                typeset.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(node, $0.baseAddress) }
            }
            return
        }
        let literal = String(cString: bytes)
        var typeset = typesetBytes.map { String(decoding: $0, as: UTF8.self) } ?? literal
        let location = SourceLocation(path: path, line: fileLine(line))
        do {
            typeset = try InlineExpression.expand(
                typeset, names: renderer.inlineNames, location: location, evaluate: evaluate)
        } catch {
            failures += DiagnosticList(flattening: error, at: location).diagnostics
        }
        if typeset != literal { cmark_node_set_literal(node, typeset) }
    }

    /// Rewrites a link's or image's destination to the site's link style and records it as written.
    private mutating func record(_ node: OpaquePointer, isImage: Bool, line: Int, rewriteLink: (String) -> String) {
        let url = CmarkTree.string(cmark_node_get_url(node))
        let rewritten = rewriteLink(url)
        if rewritten != url { cmark_node_set_url(node, rewritten) }
        links.append(MarkdownLink(destination: url, line: fileLine(line), isImage: isImage))
    }

    /// Notes a fenced block whose info string names a directive.
    private mutating func noteDirective(_ node: OpaquePointer) {
        let info = CmarkTree.string(cmark_node_get_fence_info(node))
        let name = info.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        guard renderer.directiveNames.contains(name) else { return }
        let line = fileLine(Int(cmark_node_get_start_line(node)))
        let directive = Directive(
            name: name, body: CmarkTree.string(cmark_node_get_literal(node)),
            location: SourceLocation(path: path, line: line + 1, column: 1), ordinal: directiveNodes.count + 1)
        directiveNodes.append((node, directive))
    }
}
