import FolioHTML
import FolioMarkdown

/// The print edition's subject index, at its end (issue 30): the search page's entries and letter
/// headings (`SubjectIndex`), for the pages the edition holds, each leading to its place in the
/// edition by a `#` link that shows its section number (`Svarstid 3.2`), as a printed book's index
/// shows page numbers. A term of a page the edition leaves out (outside the menu) is left out. Pure.
enum PrintIndex {
    /// The index's heading id, which no chapter anchor may take (`PrintEdition.reservedIDs`); its
    /// letters are `print-index--1`, … (a chapter's ids are `anchor--id`, and no anchor is this one).
    static let id = "print-index"

    /// Where a subject index target leads in the edition: the id and the number readers look up.
    struct Place: Sendable, Hashable {
        var id: String
        /// `3.2` for a section of chapter 3, `3` for the chapter; nil in the unnumbered introduction.
        var number: String?
    }

    /// The index as a `<section>` (its heading an `<h2>`, as the chapters'), or "" when the edition
    /// holds no term. `locale` orders the entries and names the letters, as on the search page.
    static func html(
        chapters: [PrintEdition.Chapter], markups: [ChapterMarkup], strings: StringTable, locale: String
    ) -> String {
        let all = SubjectIndex.entries(pages: chapters.map { ($0.page, $0.body.headings) }, locale: locale)
        // Only the chapters a term leads to: 10,000 sections from data without a heading or a term
        // need no place.
        let places = places(chapters: chapters, markups: markups, of: Set(all.flatMap { $0.targets.map(\.folder) }))
        let entries = all.filter { $0.targets.contains { places[Key($0)] != nil } }
        let letters = SubjectIndex.letters(entries, locale: locale)
        guard !letters.isEmpty else { return "" }
        var html = "<section class=\"print-index\" aria-labelledby=\"\(id)\">\n"
        html += "<h2 id=\"\(id)\">\(escape(strings["printIndex"]))</h2>\n"
        for (number, letter) in letters.enumerated() {
            html += "<h3 id=\"\(id)--\(number + 1)\" class=\"index-letter\">\(escape(letter.letter))</h3>\n"
            html += "<ul class=\"subject-index\">\n"
            for entry in letter.entries {
                let links = entry.targets.compactMap { places[Key($0)] }.map { place in
                    "<a href=\"#\(escape(place.id))\">\(escape(place.number ?? strings["printIntroduction"]))</a>"
                }
                html += "<li><span class=\"index-term\">\(escape(entry.term))</span> "
                html += links.joined(separator: ", ") + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    /// The place of every page and `##`/`###` heading of the edition: a heading's number is its
    /// `##` section's, numbered as the contents number them (`3.1`, `3.2`, …); a `###` before the
    /// first `##`, and a page's own terms, take the chapter's.
    /// `folders`: the chapters whose places are wanted (nil: every chapter's).
    static func places(chapters: [PrintEdition.Chapter], markups: [ChapterMarkup], of folders: Set<[String]>? = nil)
        -> [Key: Place]
    {
        var places: [Key: Place] = [:]
        for (chapter, markup) in zip(chapters, markups) where folders?.contains(chapter.page.outputPath) ?? true {
            let folder = chapter.page.outputPath
            places[Key(folder: folder, anchor: nil)] = Place(id: markup.anchor, number: chapter.label)
            var section = 0
            var number = chapter.label
            for heading in chapter.body.headings where markup.ids.contains(heading.id) {
                if heading.level == 2 {
                    section += 1
                    number = chapter.label.map { "\($0).\(section)" }
                }
                guard heading.level == 2 || heading.level == 3 else { continue }
                places[Key(folder: folder, anchor: heading.id)] = Place(id: markup.prefixed(heading.id), number: number)
            }
        }
        return places
    }

    /// A subject index target without its title: a page, or a heading of it.
    struct Key: Hashable {
        var folder: [String]
        var anchor: String?

        init(folder: [String], anchor: String?) {
            self.folder = folder
            self.anchor = anchor
        }

        init(_ target: SubjectIndex.Target) {
            self.init(folder: target.folder, anchor: target.anchor)
        }
    }

    private static func escape(_ text: String) -> String { Markup.escaped(text) }
}
