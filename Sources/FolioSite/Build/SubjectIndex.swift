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

    /// The entries of `pages` (each with its rendered headings), merged by term and sorted.
    static func entries(pages: [(page: Page, headings: [Heading])], locale: String) -> [Entry] {
        var byTerm: [String: Entry] = [:]
        var order: [String] = []
        func add(_ term: String, _ target: Target) {
            let key = term.lowercased()
            if byTerm[key] == nil {
                byTerm[key] = Entry(term: term, targets: [])
                order.append(key)
            }
            if byTerm[key]?.targets.contains(target) == false { byTerm[key]?.targets.append(target) }
        }
        for (page, headings) in pages {
            let title = page.frontMatter.title
            var section: String?
            for heading in headings where heading.level == 2 || heading.level == 3 {
                // A `###` is shown with its `##`, so two of the same name on one page tell apart.
                let place = heading.level == 3 ? section.map { "\(title) › \($0)" } ?? title : title
                add(heading.text, Target(folder: page.outputPath, anchor: heading.id, pageTitle: place))
                if heading.level == 2 { section = heading.text }
            }
            for term in page.frontMatter.index {
                add(term.term, Target(folder: page.outputPath, anchor: nil, pageTitle: title))
            }
        }
        return IndexCollation.sorted(order.compactMap { byTerm[$0] }, term: \.term, locale: Locale(identifier: locale))
    }

    /// `entries` under their letters, in the order the entries come.
    static func letters(_ entries: [Entry], locale: String) -> [Letter] {
        var letters: [Letter] = []
        let collation = Locale(identifier: locale)
        // One locale compare per first letter, not per entry (see `IndexCollation`).
        var known: [Character: String] = [:]
        for entry in entries {
            let first = entry.term.first ?? " "
            let letter = known[first] ?? Self.letter(of: entry.term, locale: collation)
            known[first] = letter
            if letters.last?.letter == letter {
                letters[letters.count - 1].entries.append(entry)
            } else {
                letters.append(Letter(letter: letter, entries: [entry]))
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

    /// The index as HTML at `folder`: a row of letter links, then each letter's `<h2>` and list.
    static func html(_ letters: [Letter], at folder: [String], strings: StringTable, linkStyle: LinkStyle) -> String {
        guard !letters.isEmpty else { return "" }
        var html = "<nav class=\"index-letters\" aria-label=\"\(escape(strings["indexLetters"]))\">\n<ul>\n"
        for (number, letter) in letters.enumerated() {
            html += "<li><a href=\"#letter-\(number + 1)\">\(escape(letter.letter))</a></li>\n"
        }
        html += "</ul>\n</nav>\n"
        for (number, letter) in letters.enumerated() {
            html += "<h2 id=\"letter-\(number + 1)\" class=\"index-letter\">\(escape(letter.letter))</h2>\n"
            html += "<ul class=\"subject-index\">\n"
            for entry in letter.entries {
                html += "<li>" + item(entry, from: folder, linkStyle: linkStyle) + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html
    }

    /// One entry: the term as the link when it leads to one place, else the term and a link per page.
    private static func item(_ entry: Entry, from folder: [String], linkStyle: LinkStyle) -> String {
        func href(_ target: Target) -> String {
            escape(linkStyle.href(from: folder, to: target.folder) + (target.anchor.map { "#" + $0 } ?? ""))
        }
        if entry.targets.count == 1, let target = entry.targets.first {
            let page =
                target.pageTitle == entry.term ? "" : " <span class=\"index-page\">\(escape(target.pageTitle))</span>"
            return "<a href=\"\(href(target))\">\(escape(entry.term))</a>" + page
        }
        let links = entry.targets.map { "<a href=\"\(href($0))\">\(escape($0.pageTitle))</a>" }
        return "<span class=\"index-term\">\(escape(entry.term))</span> " + links.joined(separator: ", ")
    }

    private static func escape(_ text: String) -> String { Markup.escaped(text) }
}
