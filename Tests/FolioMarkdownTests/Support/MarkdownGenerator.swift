/// Random Markdown documents for differential tests, from a seed so any failure can be replayed:
/// paragraphs with emphasis, strikethrough, code, links and bare URLs, headings, lists and task
/// lists, block quotes, fenced code, pipe tables and footnotes, nested a little.
struct MarkdownGenerator {
    /// SplitMix64: small, fast and the same on every platform for a seed.
    private var state: UInt64
    /// Footnotes referenced so far: labels are their numbers, in order of first reference, so
    /// both renderers' ids agree.
    private var footnotes = 0
    /// Whether a `[text][ref]` was written, so the document ends with `[ref]`'s definition.
    private var usesReference = false

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick(_ choices: [String]) -> String { choices[below(choices.count)] }

    /// One document of a few blocks.
    mutating func document() -> String {
        footnotes = 0
        usesReference = false
        var blocks: [String] = []
        for _ in 0..<(1 + below(6)) { blocks.append(block(depth: 0)) }
        if footnotes > 0 {
            for number in (1...footnotes).shuffled(using: &self) {
                blocks.append("[^\(number)]: " + inline(words: 2 + below(4)))
            }
        }
        if usesReference { blocks.append("[ref]: https://ref.se/sida \"Titel\"") }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Blocks in a quote hold no task list: cmark-gfm 0.29.0.gfm.6 (Debian's) never makes a task
    /// item inside a block quote, where the GFM spec makes one, and Folio does.
    private mutating func block(depth: Int, inQuote: Bool = false) -> String {
        switch below(depth > 1 ? 4 : inQuote ? 7 : 9) {
        case 0, 1: return inline(words: 3 + below(8)) + (below(3) == 0 ? "\n" + inline(words: 2 + below(5)) : "")
        case 2: return String(repeating: "#", count: 1 + below(3)) + " " + inline(words: 1 + below(4))
        case 3: return "```\n" + pick(["let x = 1", "www.a.se ~~no~~", "| a | b |"]) + "\n```"
        case 4: return list(depth: depth)
        case 5:
            return "> "
                + block(depth: depth + 1, inQuote: true).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n> ")
        case 6: return table()
        case 7: return list(depth: depth, tasks: true)
        default: return inline(words: 4 + below(6))
        }
    }

    private mutating func list(depth: Int, tasks: Bool = false) -> String {
        let marker = pick(["- ", "* ", "1. "])
        var items: [String] = []
        for _ in 0..<(1 + below(3)) {
            let box = tasks ? pick(["[ ] ", "[x] ", "[X] "]) : ""
            var item = marker + box + inline(words: 1 + below(5))
            if depth < 1, below(4) == 0 {
                item +=
                    "\n" + String(repeating: " ", count: marker.count)
                    + list(depth: depth + 1)
                    .split(separator: "\n").joined(separator: "\n" + String(repeating: " ", count: marker.count))
            }
            items.append(item)
        }
        return items.joined(separator: "\n")
    }

    private mutating func table() -> String {
        let columns = 1 + below(3)
        let alignments = (0..<columns).map { _ in pick(["---", ":--", "--:", ":-:"]) }
        var rows = [
            "| " + (0..<columns).map { _ in inline(words: 1 + below(2), inTable: true) }.joined(separator: " | ") + " |"
        ]
        rows.append("| " + alignments.joined(separator: " | ") + " |")
        for _ in 0..<below(3) {
            rows.append(
                "| " + (0..<columns).map { _ in inline(words: 1 + below(3), inTable: true) }.joined(separator: " | ")
                    + " |")
        }
        return rows.joined(separator: "\n")
    }

    /// Words and inline markup, with spaces between.
    private mutating func inline(words: Int, inTable: Bool = false) -> String {
        var parts: [String] = []
        for _ in 0..<words {
            switch below(28) {
            case 0: parts.append("*" + word() + "*")
            case 1: parts.append("**" + word() + " " + word() + "**")
            case 2: parts.append("~~" + word() + "~~")
            case 3: parts.append("~" + word() + "~")
            case 4: parts.append("`" + word() + "`")
            case 5: parts.append("[" + word() + "](" + pick(["/a", "https://x.se/p", "b.html"]) + ")")
            case 6: parts.append(pick(["www.example.com", "www.a.se/sök?q=1", "https://a.se/x.", "http://b.org/(c)"]))
            case 7: parts.append(pick(["ftp://f.se/file", "\"https://q.se\"", "(www.p.se)", "*https://e.se*"]))
            case 8: parts.append(pick(["ana@exempel.se", "a.b+c@d-e.org.", "x@y"]))
            case 9 where !inTable:
                if footnotes > 0, below(3) == 0 {
                    parts.append("[^\(1 + below(footnotes))]")
                } else {
                    footnotes += 1
                    parts.append("[^\(footnotes)]")
                }
            case 10: parts.append(pick(["_" + word() + "_", "__" + word() + "__"]))
            case 11: parts.append(pick(["&", "<", ">", "\"", "'", "--"]))
            case 12:
                usesReference = true
                parts.append(pick(["[" + word() + "][ref]", "[ref][]", "[ref]"]))
            case 13:
                parts.append(
                    pick(["*a@b.se*", "**www.x.se/a_b**", "~~ftp://g.se~~", "_http://h.se/i_", "www.n.se[^9]"]))
            case 14: parts.append(inTable ? pick(["a \\| b", "`c \\| d`"]) : pick(["a\\*b", "\\[ ]"]))
            default: parts.append(word())
            }
        }
        return parts.joined(separator: " ")
    }

    private mutating func word() -> String {
        pick(["kund", "svar", "tid", "ärende", "ședință", "țel", "data", "a", "b2", "hej", "x_y", "NPS"])
    }
}

extension MarkdownGenerator: RandomNumberGenerator {}
