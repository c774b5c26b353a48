import FolioHTML
import FolioMarkdown
import Foundation

/// The subject index (Register, Index) of one language: every `##` and `###` heading, every
/// metric of the glossary and every front-matter `index:` term, under letter headings in the
/// language's alphabetical order (CLDR collation through Foundation: Swedish … Z Å Ä Ö, Romanian
/// A Ă Â B … I Î … S Ș T Ț). It is what the search page shows without JavaScript. Pure.
enum SubjectIndex {
    static let stringKeys = ["searchSlug", "searchTitle", "searchIntro", "indexLetters"]

    /// Where a term leads: a page, or a section of it.
    struct Target: Sendable, Hashable {
        var folder: [String]
        var anchor: String?
        /// The page's title, shown beside the term.
        var pageTitle: String
    }

    /// One term and everywhere it leads, in reading order.
    struct Entry: Sendable, Hashable {
        var term: String
        var targets: [Target]
    }

    /// A letter heading and its entries.
    struct Letter: Sendable, Hashable {
        var letter: String
        var entries: [Entry]
    }

    /// Where a language's search page is written: `[sv, sok]`.
    static func outputPath(language: String, strings: StringTable?) -> [String] {
        let slug = Slug.make(strings?["searchSlug"] ?? "")
        return [language, slug.isEmpty ? "search" : slug]
    }

    /// One term of a page and where it leads; `key`, the term in lower case, is what entries merge by.
    struct Contribution: Sendable, Hashable {
        var key: String
        var term: String
        var targets: [Target]
    }

    /// A page's terms in reading order (its `##` and `###` headings, then its `index:` terms), one
    /// per key: the first spelling, and its targets without repeats.
    static func contributions(folder: [String], title: String, headings: [Heading], index: [IndexTerm])
        -> [Contribution]
    {
        var found: [Contribution] = []
        var place: [String: Int] = [:]
        func add(_ term: String, _ target: Target) {
            let key = term.lowercased()
            if let at = place[key] {
                if !found[at].targets.contains(target) { found[at].targets.append(target) }
            } else {
                place[key] = found.count
                found.append(Contribution(key: key, term: term, targets: [target]))
            }
        }
        var section: String?
        for heading in headings where heading.level == 2 || heading.level == 3 {
            // A `###` is shown with its `##`, so two of the same name on one page tell apart.
            let place = heading.level == 3 ? section.map { "\(title) › \($0)" } ?? title : title
            add(heading.text, Target(folder: folder, anchor: heading.id, pageTitle: place))
            if heading.level == 2 { section = heading.text }
        }
        for term in index { add(term.term, Target(folder: folder, anchor: nil, pageTitle: title)) }
        return found
    }

    /// The entries of `pages` (each with its rendered headings), merged by term and sorted.
    static func entries(pages: [(page: Page, headings: [Heading])], locale: String) -> [Entry] {
        let merged = merged(
            pages.lazy.map { page, headings in
                contributions(
                    folder: page.outputPath, title: page.frontMatter.title, headings: headings,
                    index: page.frontMatter.index)
            })
        return IndexCollation.sorted(merged.entries, term: \.term, locale: Locale(identifier: locale))
    }

    /// The pages' contributions merged by key, in the order each key first comes: the first
    /// spelling of a term names its entry, its targets come in reading order. No two pages share a
    /// folder, so a page's targets are new to the entries of the pages before it.
    static func merged(_ pages: some Sequence<[Contribution]>) -> (keys: [String], entries: [Entry]) {
        var keys: [String] = []
        var entries: [Entry] = []
        var place: [String: Int] = [:]
        for contributions in pages {
            for contribution in contributions {
                if let at = place[contribution.key] {
                    entries[at].targets += contribution.targets
                } else {
                    place[contribution.key] = entries.count
                    keys.append(contribution.key)
                    entries.append(Entry(term: contribution.term, targets: contribution.targets))
                }
            }
        }
        return (keys, entries)
    }

    /// `entries` under their letters, in the order the entries come.
    static func letters(_ entries: [Entry], locale: String) -> [Letter] {
        var next = 0
        return letterCounts(entries, locale: locale).map { letter, count in
            defer { next += count }
            return Letter(letter: letter, entries: Array(entries[next..<next + count]))
        }
    }

    /// The letters of `entries` in the order the entries come, each with how many entries it holds.
    static func letterCounts(_ entries: [Entry], locale: String) -> [(letter: String, count: Int)] {
        var letters: [(letter: String, count: Int)] = []
        let collation = Locale(identifier: locale)
        // One locale compare per first letter, not per entry (see `IndexCollation`).
        var known: [Character: String] = [:]
        for entry in entries {
            let first = entry.term.first ?? " "
            let letter = known[first] ?? Self.letter(of: entry.term, locale: collation)
            known[first] = letter
            if letters.last?.letter == letter {
                letters[letters.count - 1].count += 1
            } else {
                letters.append((letter, 1))
            }
        }
        return letters
    }

    /// A term's letter heading: its first letter, capital; a letter with a mark is its own letter
    /// only where the language sorts it after its base letter's words (Swedish Å, Romanian Ș),
    /// else it files under the base (German Ä under A, Swedish É under E). `#` for digits and signs.
    static func letter(of term: String, locale: Locale) -> String {
        guard let first = term.first, first.isLetter else { return "#" }
        let capital = String(first).uppercased(with: locale)
        let base = capital.folding(options: [.diacriticInsensitive], locale: locale)
        guard base != capital, !base.isEmpty else { return capital }
        let ownLetter =
            (base + "zzzz").compare(capital + "a", options: [.caseInsensitive], range: nil, locale: locale)
            == .orderedAscending
        return ownLetter ? capital : base
    }

    /// The index as HTML: a row of letter links, then each letter's `<h2>` and list; `items(n, &html)`
    /// appends the list items of letter `n` (each entry's `item`), `size` is about how many bytes
    /// they take in all.
    static func html(letters: [String], strings: StringTable, size: Int, items: (Int, inout String) -> Void)
        -> String
    {
        guard !letters.isEmpty else { return "" }
        var html = "<nav class=\"index-letters\" aria-label=\"\(escape(strings["indexLetters"]))\">\n<ul>\n"
        for (number, letter) in letters.enumerated() {
            html += "<li><a href=\"#letter-\(number + 1)\">\(escape(letter))</a></li>\n"
        }
        html += "</ul>\n</nav>\n"
        // The page is megabytes at 10,000 pages: made once at its size, not grown by doubling.
        html.reserveCapacity(html.utf8.count + size + letters.count * 120)
        for (number, letter) in letters.enumerated() {
            html += "<h2 id=\"letter-\(number + 1)\" class=\"index-letter\">\(escape(letter))</h2>\n"
            html += "<ul class=\"subject-index\">\n"
            items(number, &html)
            html += "</ul>\n"
        }
        return html
    }

    /// One entry's list item: the term as the link when it leads to one place, else the term and a
    /// link per page.
    static func item(_ entry: Entry, from folder: [String], linkStyle: LinkStyle) -> String {
        func href(_ target: Target) -> String {
            escape(linkStyle.href(from: folder, to: target.folder) + (target.anchor.map { "#" + $0 } ?? ""))
        }
        if entry.targets.count == 1, let target = entry.targets.first {
            let page =
                target.pageTitle == entry.term ? "" : " <span class=\"index-page\">\(escape(target.pageTitle))</span>"
            return "<li><a href=\"\(href(target))\">\(escape(entry.term))</a>" + page + "</li>\n"
        }
        let links = entry.targets.map { "<a href=\"\(href($0))\">\(escape($0.pageTitle))</a>" }
        return "<li><span class=\"index-term\">\(escape(entry.term))</span> " + links.joined(separator: ", ")
            + "</li>\n"
    }

    private static func escape(_ text: String) -> String { Markup.escaped(text) }
}
