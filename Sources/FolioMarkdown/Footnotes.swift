import Ccmark
import Foundation

/// GFM footnotes: `[^id]` references and `[^id]: …` definitions, numbered by first reference, in
/// a section at the end of the body with a back-link to every reference.
///
/// cmark knows no footnotes: a definition reaches Folio as a paragraph, as indented code for its
/// further paragraphs, or not at all when it reads as a link reference definition
/// (`[^1]: Fotnoten.`). So definitions are found from the document's top-level blocks and the
/// lines between them (by position, never by searching the whole text), their source lines are
/// parsed again by cmark, and the blocks they were read as are removed.
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
    private var notes: [Note] = []
    private var byKey: [String: Int] = [:]
    private var section: OpaquePointer?
    private var order: [Int] = []
    /// References to labels no definition has, with their lines; definitions never referenced.
    private(set) var problems: [MarkdownNote] = []

    init(strings: MarkdownStrings) { self.strings = strings }

    /// Lines between the top-level blocks of `document` (so not part of any block) that start a
    /// footnote definition: cmark read them as link reference definitions (`[^1]: Fotnoten.`),
    /// which would turn `[^1]` into a link. The renderer parses the page again without them.
    static func consumedDefinitionLines(in document: OpaquePointer, lines: SourceLines) -> [Int] {
        var found: [Int] = []
        var covered = 0
        for block in CmarkTree.children(of: document) + [nil] {
            let first = block.map { Int(cmark_node_get_start_line($0)) } ?? lines.count + 1
            if covered + 1 < first {
                for line in (covered + 1)..<first where FootnoteDefinition.start(of: lines.line(line)) != nil {
                    found.append(line)
                }
            }
            if let block { covered = max(covered, Int(cmark_node_get_end_line(block))) }
        }
        return found
    }

    /// Finds the top-level definitions of `document`, parsed from `lines`, and moves them to a
    /// footnotes section at its end; `tables` also reads the tables inside them.
    mutating func extract(
        from document: OpaquePointer, lines: SourceLines, options: Int32, tables: inout TableTransform,
        tracker: inout LineTracker
    ) {
        let blocks = CmarkTree.children(of: document)
        var blockAt: [Int: Int] = [:]
        var starts: [Int: (label: String, rest: ArraySlice<UInt8>)] = [:]
        var covered = 0
        for (index, block) in blocks.enumerated() {
            let first = Int(cmark_node_get_start_line(block))
            let last = Int(cmark_node_get_end_line(block))
            // Lines before this block that no block holds: blank, or read as link reference definitions.
            if covered + 1 < first {
                for line in (covered + 1)..<first {
                    if let start = FootnoteDefinition.start(of: lines.line(line)) { starts[line] = start }
                }
            }
            covered = max(covered, last)
            guard cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH, first >= 1, last >= first,
                FootnoteDefinition.start(of: lines.line(first)) != nil
            else { continue }
            for line in first...last {
                blockAt[line] = index
                if let start = FootnoteDefinition.start(of: lines.line(line)) { starts[line] = start }
            }
        }
        if covered < lines.count {
            for line in (covered + 1)...lines.count {
                if let start = FootnoteDefinition.start(of: lines.line(line)) { starts[line] = start }
            }
        }
        guard !starts.isEmpty else { return }
        var definitions: [FootnoteDefinition] = []
        for first in starts.keys.sorted() {
            guard let start = starts[first] else { continue }
            var text = String(decoding: start.rest, as: UTF8.self)
            var last = first
            var pending = ""
            var line = first + 1
            while line <= lines.count, starts[line] == nil {
                if lines.isBlank(line) {
                    pending += "\n"
                } else if let inner = FootnoteDefinition.dedent(lines.line(line)) {
                    text += "\n" + pending + String(decoding: inner, as: UTF8.self)
                    pending = ""
                    last = line
                } else if pending.isEmpty, blockAt[line] != nil, blockAt[line] == blockAt[first] {
                    text += "\n" + String(decoding: lines.line(line), as: UTF8.self)
                    last = line
                } else {
                    break
                }
                line += 1
            }
            definitions.append(FootnoteDefinition(label: start.label, lines: first...last, text: text))
        }
        var insideDefinition = [Bool](repeating: false, count: lines.count + 2)
        for definition in definitions {
            for line in definition.lines where line < insideDefinition.count { insideDefinition[line] = true }
        }
        for block in blocks {
            let first = Int(cmark_node_get_start_line(block))
            if first >= 0, first < insideDefinition.count, insideDefinition[first] { CmarkTree.remove(block) }
        }
        let heading = CmarkTree.escape(strings.footnotes)
        guard
            let section = CmarkTree.customBlock(
                enter: "<section class=\"footnotes\" aria-labelledby=\"footnotes_title\">\n"
                    + "<h2 id=\"footnotes_title\">\(heading)</h2>\n<ol>",
                exit: "</ol>\n</section>")
        else { return }
        cmark_node_append_child(document, section)
        self.section = section
        for definition in definitions {
            let key = FootnoteDefinition.key(definition.label)
            guard byKey[key] == nil, let container = CmarkTree.customBlock(enter: "<li>", exit: "</li>"),
                let parsed = CmarkTree.parse(definition.text, options: options)
            else { continue }
            tables.apply(to: parsed, lines: SourceLines(definition.text))
            CmarkTree.moveChildren(of: parsed, to: container)
            cmark_node_free(parsed)
            cmark_node_append_child(section, container)
            tracker.offsets[container] = definition.lines.lowerBound - 1
            byKey[key] = notes.count
            notes.append(Note(definition: definition, container: container))
        }
    }

    /// Replaces every reference to a defined footnote under `root` with its numbered link, in
    /// document order, and notes references to labels never defined.
    mutating func link(in root: OpaquePointer, tracker: LineTracker, usedIDs: inout Set<String>, firstLine: Int) {
        guard section != nil else {
            noteUndefined(in: root, tracker: tracker, firstLine: firstLine)
            return
        }
        var found: [(node: OpaquePointer, isLink: Bool, line: Int)] = []
        var tracker = tracker
        guard let iterator = cmark_iter_new(root) else { return }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { break }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                tracker.enter(node, type)
                if type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node), strstr(literal, "[^") != nil {
                    found.append((node, false, tracker.line))
                } else if type == CMARK_NODE_LINK, let child = cmark_node_first_child(node),
                    cmark_node_next(child) == nil, cmark_node_get_type(child) == CMARK_NODE_TEXT,
                    let literal = cmark_node_get_literal(child), literal.pointee == 0x5E,
                    byKey[FootnoteDefinition.key(String(cString: literal + 1))] != nil
                {
                    found.append((node, true, tracker.line))
                }
            } else {
                tracker.exit(node)
            }
            event = cmark_iter_next(iterator)
        }
        cmark_iter_free(iterator)
        for item in found {
            if item.isLink, let child = cmark_node_first_child(item.node) {
                let label = String(CmarkTree.literal(child).dropFirst())
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

    /// Splits a text node around its `[^label]` references.
    private mutating func split(_ node: OpaquePointer, line: Int, usedIDs: inout Set<String>) {
        let bytes = Array(CmarkTree.literal(node).utf8)
        var start = 0
        var index = 0
        var changed = false
        while index + 2 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, !FootnoteDefinition.isLabelEnd(bytes[end]), end - index < 1000 { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "]"), end > index + 2 else {
                index += 2
                continue
            }
            let label = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            if let reference = reference(to: label, usedIDs: &usedIDs) {
                if index > start, let text = CmarkTree.text(String(decoding: bytes[start..<index], as: UTF8.self)) {
                    cmark_node_insert_before(node, text)
                }
                cmark_node_insert_before(node, reference)
                start = end + 1
                changed = true
            } else {
                problems.append(undefined(label, line: line))
            }
            index = end + 1
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
            notes[index].id = Self.uniqueID("fn_" + Self.idPart(label, fallback: order.count), used: &usedIDs)
        }
        // Read the fields, not the whole note: a copy would make each append copy the references.
        let noteID = notes[index].id
        let number = notes[index].number ?? 0
        let earlier = notes[index].references.count
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
            var backLinks = ""
            for (offset, reference) in note.references.enumerated() {
                let shown = offset == 0 ? "\(number)" : "\(number) (\(offset + 1))"
                let label = CmarkTree.escape(strings.fill(strings.footnoteBackLink, "n", shown))
                backLinks +=
                    " <a href=\"#\(reference)\" class=\"footnote-backref\" aria-label=\"\(label)\">↩\u{FE0E}</a>"
            }
            if let last = cmark_node_last_child(note.container), cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH,
                let links = CmarkTree.customInline(enter: backLinks)
            {
                cmark_node_append_child(last, links)
            } else if let links = CmarkTree.customBlock(enter: "<p>" + backLinks.dropFirst() + "</p>") {
                cmark_node_append_child(note.container, links)
            }
        }
        for index in order { cmark_node_append_child(section, notes[index].container) }
        if order.isEmpty { CmarkTree.remove(section) }
        self.section = nil
    }

    /// Without definitions every `[^label]` is literal, and noted.
    private mutating func noteUndefined(in root: OpaquePointer, tracker: LineTracker, firstLine: Int) {
        var tracker = tracker
        guard let iterator = cmark_iter_new(root) else { return }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { break }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                tracker.enter(node, type)
                if type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node), strstr(literal, "[^") != nil {
                    let bytes = Array(String(cString: literal).utf8)
                    var index = 0
                    while index + 2 < bytes.count {
                        if bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^") {
                            var end = index + 2
                            while end < bytes.count, !FootnoteDefinition.isLabelEnd(bytes[end]), end - index < 1000 {
                                end += 1
                            }
                            if end < bytes.count, bytes[end] == UInt8(ascii: "]"), end > index + 2 {
                                let label = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                                problems.append(undefined(label, line: tracker.line + firstLine - 1))
                            }
                            index = end
                        } else {
                            index += 1
                        }
                    }
                }
            } else {
                tracker.exit(node)
            }
            event = cmark_iter_next(iterator)
        }
        cmark_iter_free(iterator)
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
