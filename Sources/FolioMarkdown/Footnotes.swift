import Ccmark
import FolioHTML
import Foundation

/// GFM footnotes: `[^id]` references and `[^id]: …` definitions, numbered by first reference, in
/// a section at the end of the body with a back-link to every reference.
///
/// `FootnoteScan` finds the definitions; their source lines are parsed again by cmark, and the
/// blocks they were read as are removed.
struct Footnotes {
    private struct Note {
        var definition: FootnoteDefinition
        /// The block holding the definition's parsed content.
        var container: OpaquePointer
        var id = ""
        var number: Int?
        var references: [String] = []
    }

    var strings: MarkdownStrings
    var markup: MarkdownMarkup
    private var notes: [Note] = []
    private var byKey: [String: Int] = [:]
    private var section: OpaquePointer?
    private var order: [Int] = []
    /// References to labels no definition has, with their lines; definitions never referenced.
    private(set) var problems: [MarkdownNote] = []
    /// List items in definitions whose `[x]` was escaped (`TaskList.escapedItems`).
    private(set) var escapedTaskItems: Set<OpaquePointer> = []

    init(strings: MarkdownStrings, markup: MarkdownMarkup) {
        self.strings = strings
        self.markup = markup
    }

    /// Finds the definitions of `document`, parsed from `lines`, and moves them to a footnotes
    /// section at its end; `tables` also reads the tables inside them.
    mutating func extract(
        from document: OpaquePointer, lines: SourceLines, options: Int32, tables: inout TableTransform,
        tracker: inout LineTracker
    ) {
        let found = FootnoteScan.definitions(in: document, lines: lines)
        guard !found.isEmpty else { return }
        for item in found {
            for block in item.blocks { CmarkTree.remove(block) }
        }
        let opening =
            markup == .gfm
            ? "<section class=\"footnotes\">\n<ol>"
            : "<section class=\"footnotes\" aria-labelledby=\"footnotes_title\">\n"
                + "<h2 id=\"footnotes_title\">\(Markup.escaped(strings.footnotes))</h2>\n<ol>"
        guard let section = CmarkTree.customBlock(enter: opening, exit: "</ol>\n</section>") else { return }
        cmark_node_append_child(document, section)
        self.section = section
        for definition in found.map(\.definition) {
            let key = FootnoteDefinition.key(definition.label)
            guard byKey[key] == nil, let container = CmarkTree.customBlock(enter: "<li>", exit: "</li>"),
                let parsed = CmarkTree.parse(definition.text + "\n\n" + tables.linkDefinitions, options: options)
            else { continue }
            let definitionLines = SourceLines(definition.text)
            tables.apply(to: parsed, lines: definitionLines)
            escapedTaskItems.formUnion(TaskList.escapedItems(under: parsed, lines: definitionLines))
            CmarkTree.moveChildren(of: parsed, to: container)
            cmark_node_free(parsed)
            cmark_node_append_child(section, container)
            tracker.offsets[container] = definition.lines.lowerBound - 1
            byKey[key] = notes.count
            notes.append(Note(definition: definition, container: container))
        }
    }

    /// Replaces every reference to a defined footnote under `root` with its numbered link, in
    /// document order, and notes references to labels never defined. A `[^1]` inside an autolink
    /// is part of its URL, as in cmark-gfm (`https://a.se/x[^1]`), never a link in a link.
    mutating func link(
        in root: OpaquePointer, tracker: LineTracker, autolinks: Set<OpaquePointer>, usedIDs: inout Set<String>,
        firstLine: Int
    ) {
        var found: [(node: OpaquePointer, isLink: Bool, line: Int)] = []
        var tracker = tracker
        var autolinkDepth = 0
        CmarkWalk.walk(root, tracking: &tracker) { step in
            if autolinks.contains(step.node) { autolinkDepth += step.isEnter ? 1 : -1 }
            guard step.isEnter, autolinkDepth == 0 else { return }
            if step.type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(step.node),
                strstr(literal, "[^") != nil
            {
                found.append((step.node, false, step.line))
            } else if step.type == CMARK_NODE_LINK, section != nil, let label = Self.linkLabel(step.node),
                byKey[FootnoteDefinition.key(label)] != nil
            {
                found.append((step.node, true, step.line))
            }
        }
        for item in found {
            if item.isLink, let label = Self.linkLabel(item.node) {
                if let reference = reference(to: label, usedIDs: &usedIDs) {
                    cmark_node_insert_before(item.node, reference)
                    CmarkTree.remove(item.node)
                }
            } else {
                split(item.node, line: item.line + firstLine - 1, usedIDs: &usedIDs)
            }
        }
        finish(usedIDs: &usedIDs, firstLine: firstLine)
    }

    /// The label of a link whose only child is the text `^label` (cmark made `[^label]` a link,
    /// because a link reference definition `[^label]: …` exists).
    private static func linkLabel(_ node: OpaquePointer) -> String? {
        guard let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
            cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child),
            literal.pointee == 0x5E
        else { return nil }
        return String(cString: literal + 1)
    }

    /// Splits a text node around its `[^label]` references; labels without a definition stay
    /// as written, and are noted.
    private mutating func split(_ node: OpaquePointer, line: Int, usedIDs: inout Set<String>) {
        let bytes = Array(CmarkTree.literal(node).utf8)
        var start = 0
        var changed = false
        for found in FootnoteDefinition.references(in: bytes) {
            let label = String(decoding: bytes[found.label], as: UTF8.self)
            guard section != nil, let reference = reference(to: label, usedIDs: &usedIDs) else {
                problems.append(undefined(label, line: line))
                continue
            }
            if found.range.lowerBound > start,
                let text = CmarkTree.text(String(decoding: bytes[start..<found.range.lowerBound], as: UTF8.self))
            {
                cmark_node_insert_before(node, text)
            }
            cmark_node_insert_before(node, reference)
            start = found.range.upperBound
            changed = true
        }
        guard changed else { return }
        if start < bytes.count {
            cmark_node_set_literal(node, String(decoding: bytes[start...], as: UTF8.self))
        } else {
            CmarkTree.remove(node)
        }
    }

    /// The superscript link for one reference, numbering the footnote at its first reference.
    private mutating func reference(to label: String, usedIDs: inout Set<String>) -> OpaquePointer? {
        guard let index = byKey[FootnoteDefinition.key(label)] else { return nil }
        if notes[index].number == nil {
            order.append(index)
            notes[index].number = order.count
            notes[index].id =
                markup == .gfm
                ? "fn\(order.count)"
                : Self.uniqueID("fn_" + Self.idPart(label, fallback: order.count), used: &usedIDs)
        }
        // Read the fields, not the whole note: a copy would make each append copy the references.
        let noteID = notes[index].id
        let number = notes[index].number ?? 0
        let earlier = notes[index].references.count
        if markup == .gfm {
            let id = earlier == 0 ? "fnref\(number)" : "fnref\(number)-\(earlier + 1)"
            notes[index].references.append(id)
            return CmarkTree.customInline(
                enter: "<sup class=\"footnote-ref\"><a href=\"#\(noteID)\" id=\"\(id)\">\(number)</a></sup>")
        }
        let base = "fnref_" + noteID.dropFirst(3)
        let id = Self.uniqueID(earlier == 0 ? base : base + "_\(earlier + 1)", used: &usedIDs)
        notes[index].references.append(id)
        return CmarkTree.customInline(
            enter: "<sup class=\"footnote-ref\"><a href=\"#\(noteID)\" id=\"\(id)\" "
                + "aria-describedby=\"footnotes_title\">\(number)</a></sup>")
    }

    /// Orders the section by number, adds back-links, drops (and notes) unused definitions.
    private mutating func finish(usedIDs: inout Set<String>, firstLine: Int) {
        guard let section else { return }
        for note in notes {
            cmark_node_unlink(note.container)
            guard let number = note.number else {
                problems.append(
                    MarkdownNote(
                        line: note.definition.lines.lowerBound + firstLine - 1,
                        message: "footnote [^\(note.definition.label)] is defined but never referenced",
                        hint: "refer to it with [^\(note.definition.label)] in the text, or remove the definition"))
                cmark_node_free(note.container)
                continue
            }
            cmark_node_set_on_enter(note.container, "<li id=\"\(note.id)\">")
            appendBackLinks(to: note.container, references: note.references, number: number)
        }
        for index in order { cmark_node_append_child(section, notes[index].container) }
        if order.isEmpty { CmarkTree.remove(section) }
        self.section = nil
    }

    /// The back-links at the end of a note: inside its last paragraph, or after its last block
    /// (a code block, a list, a quote) on their own.
    private func appendBackLinks(to container: OpaquePointer, references: [String], number: Int) {
        var backLinks = ""
        for (offset, reference) in references.enumerated() {
            if markup == .gfm {
                let more = offset == 0 ? "" : "<sup class=\"footnote-ref\">\(offset + 1)</sup>"
                backLinks += " <a href=\"#\(reference)\" class=\"footnote-backref\">↩\(more)</a>"
                continue
            }
            let shown = offset == 0 ? "\(number)" : "\(number) (\(offset + 1))"
            let label = Markup.escaped(strings.fill(strings.footnoteBackLink, "n", shown))
            backLinks += " <a href=\"#\(reference)\" class=\"footnote-backref\" aria-label=\"\(label)\">↩\u{FE0E}</a>"
        }
        if let last = cmark_node_last_child(container), cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH,
            let links = CmarkTree.customInline(enter: backLinks)
        {
            cmark_node_append_child(last, links)
        } else if markup == .gfm, let links = CmarkTree.customBlock(enter: String(backLinks.dropFirst())) {
            cmark_node_append_child(container, links)
        } else if let links = CmarkTree.customBlock(enter: "<p>" + backLinks.dropFirst() + "</p>") {
            cmark_node_append_child(container, links)
        }
    }

    private func undefined(_ label: String, line: Int) -> MarkdownNote {
        MarkdownNote(
            line: line, message: "footnote [^\(label)] is not defined, so it is shown as written",
            hint: "add a definition `[^\(label)]: …` on a line of its own")
    }

    /// The id part for a label: its slug, or the footnote's number when the slug is empty.
    private static func idPart(_ label: String, fallback: Int) -> String {
        let slug = Slug.make(label)
        return slug.isEmpty ? String(fallback) : slug
    }

    /// Footnote ids hold `_`, which heading slugs never do, so the two never clash; `used` keeps
    /// two labels with the same slug apart.
    private static func uniqueID(_ base: String, used: inout Set<String>) -> String {
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)_\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
