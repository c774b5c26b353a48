import Ccmark

/// GFM strikethrough: `~text~` and `~~text~~` become `<del>`. Runs of three or more tildes stay
/// text, an opener pairs only with a closer of the same length, and flanking decides which runs
/// open or close, as for emphasis. Spans are matched among one parent's children, so
/// `~~*a*~~` works and a span never crosses a link's or an emphasis' edge.
enum Strikethrough {
    /// A tilde run inside one text child of the parent.
    private struct Run {
        var child: Int
        /// Offset in the child's Unicode scalars.
        var offset: Int
        var length: Int
        var delimiter: DelimiterRun
        var matched: Int?
    }

    /// Rewrites the children of `parent`, whose text holds at least one `~`.
    static func apply(to parent: OpaquePointer) {
        let children = CmarkTree.children(of: parent)
        let scalars: [[Unicode.Scalar]?] = children.map { child in
            cmark_node_get_type(child) == CMARK_NODE_TEXT ? Array(CmarkTree.literal(child).unicodeScalars) : nil
        }
        var runs: [Run] = []
        for (index, text) in scalars.enumerated() {
            guard let text, text.contains("~") else { continue }
            var position = 0
            while position < text.count {
                guard text[position] == "~" else {
                    position += 1
                    continue
                }
                var end = position
                while end < text.count, text[end] == "~" { end += 1 }
                let before = position > 0 ? neighbour(text[position - 1]) : edge(children, scalars, index, -1)
                let after = end < text.count ? neighbour(text[end]) : edge(children, scalars, index, 1)
                if end - position <= 2 {
                    runs.append(
                        Run(
                            child: index, offset: position, length: end - position,
                            delimiter: DelimiterRun(before: before, after: after)))
                }
                position = end
            }
        }
        // The emphasis algorithm, reduced to one delimiter kind: openers wait on a stack; a closer
        // takes the nearest opener of its length, and openers between the two can no longer match.
        // One stack per run length, so a closer finds its opener in constant time however many
        // unmatched runs of the other length wait (a `~` storm stays linear).
        var openers: [[Int]] = [[], []]
        for index in runs.indices {
            let kind = runs[index].length - 1
            if runs[index].delimiter.canClose, let opener = openers[kind].popLast() {
                runs[opener].matched = index
                runs[index].matched = opener
                while let last = openers[1 - kind].last, last > opener { openers[1 - kind].removeLast() }
                continue
            }
            if runs[index].delimiter.canOpen { openers[kind].append(index) }
        }
        let used = runs.filter { $0.matched != nil }
        guard !used.isEmpty else { return }
        rebuild(parent, children: children, scalars: scalars, runs: runs)
    }

    private static func neighbour(_ scalar: Unicode.Scalar) -> DelimiterRun.Neighbour { .init(scalar) }

    /// The neighbour across a child's edge: a sibling's text, a line break (whitespace), the
    /// parent's edge (whitespace) or other inline markup (punctuation: `*`, `` ` ``, `]`, `>`).
    private static func edge(
        _ children: [OpaquePointer], _ scalars: [[Unicode.Scalar]?], _ index: Int, _ step: Int
    ) -> DelimiterRun.Neighbour {
        let other = index + step
        guard children.indices.contains(other) else { return .whitespace }
        if let text = scalars[other] { return .init(step < 0 ? text.last : text.first) }
        let type = cmark_node_get_type(children[other])
        return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK ? .whitespace : .punctuation
    }

    /// Puts the children back with each matched pair's contents inside a `<del>`.
    private static func rebuild(
        _ parent: OpaquePointer, children: [OpaquePointer], scalars: [[Unicode.Scalar]?], runs: [Run]
    ) {
        var byChild: [Int: [Run]] = [:]
        for run in runs where run.matched != nil { byChild[run.child, default: []].append(run) }
        var stack = [parent]
        var runIndex = 0
        let matchedRuns = runs.enumerated().filter { $0.element.matched != nil }.map(\.offset)
        for (index, child) in children.enumerated() {
            cmark_node_unlink(child)
            guard let text = scalars[index], let childRuns = byChild[index] else {
                cmark_node_append_child(stack[stack.count - 1], child)
                continue
            }
            cmark_node_free(child)
            var start = 0
            for run in childRuns {
                append(text[start..<run.offset], to: stack[stack.count - 1])
                let runNumber = matchedRuns[runIndex]
                runIndex += 1
                if let partner = runs[runNumber].matched, partner > runNumber {
                    if let del = CmarkTree.customInline(enter: "<del>", exit: "</del>") {
                        cmark_node_append_child(stack[stack.count - 1], del)
                        stack.append(del)
                    }
                } else if stack.count > 1 {
                    stack.removeLast()
                }
                start = run.offset + run.length
            }
            append(text[start...], to: stack[stack.count - 1])
        }
    }

    private static func append(_ scalars: ArraySlice<Unicode.Scalar>, to parent: OpaquePointer) {
        guard !scalars.isEmpty else { return }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        if let node = CmarkTree.text(text) { cmark_node_append_child(parent, node) }
    }
}
