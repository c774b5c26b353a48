import FolioMarkdown
import Foundation

/// One language's subject index as `folio serve` keeps it from build to build (issue 30): the
/// entries in the language's order, each entry's list item, and what each page gave them.
///
/// A title edit at 10,002 pages gathered the 25,000 entries of each language again and made the
/// whole page's HTML again (1.1 s). Here the pages whose title, headings or `index:` terms differ
/// from what they gave last time are found by comparing each page's with the kept one (arrays
/// and strings that were not touched compare by identity), only the entries those pages reach
/// are merged again, and only their items are made again; the page is put together from the kept
/// items. An entry whose term is new, gone or spelled anew is placed by binary search with the
/// order `IndexCollation` sorts by. A cold build makes the state from every page with the same
/// functions, so the two give the same bytes; what cannot be updated in place (pages came, went
/// or moved, a term the locale ranks equal to another) is made again from every page.
struct SubjectIndexState: Sendable {
    /// What every item depends on besides its entry: when it differs, the state is made again.
    struct Setting: Sendable, Equatable {
        var folder: [String]
        var locale: String
        var linkStyle: LinkStyle
    }

    /// What a page gives the index, as last seen.
    struct Source: Sendable, Equatable {
        var folder: [String]
        var title: String
        var headings: [Heading]
        var index: [IndexTerm]

        var contributions: [SubjectIndex.Contribution] {
            SubjectIndex.contributions(folder: folder, title: title, headings: headings, index: index)
        }
    }

    let setting: Setting
    /// What the search page around the index read when it was last made (`ReadLog`).
    var pageReads: Set<InputKey> = []
    /// The listed pages in order, and each one's place by folder.
    private var sources: [Source]
    private var positions: [[String]: Int]
    /// The entries in the language's order, each one's key and list item, and each one's place by key.
    private var entries: [SubjectIndex.Entry]
    private var keys: [String]
    private var items: SubjectIndexItems
    private var places: [String: Int]
    private var letters: [(letter: String, count: Int)]

    /// The state of `sources`, made from every page; `packing` the items or not (by default, as
    /// `SubjectIndexItems.packedFrom` says).
    init(sources: [Source], setting: Setting, packing: Bool? = nil) {
        self.setting = setting
        self.sources = sources
        positions = Dictionary(sources.enumerated().map { ($1.folder, $0) }, uniquingKeysWith: { first, _ in first })
        let merged = SubjectIndex.merged(sources.lazy.map(\.contributions))
        let order = IndexCollation.sorted(
            Array(merged.entries.indices), term: { merged.entries[$0].term }, locale: Locale(identifier: setting.locale)
        )
        entries = order.map { merged.entries[$0] }
        keys = order.map { merged.keys[$0] }
        places = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        letters = SubjectIndex.letterCounts(entries, locale: setting.locale)
        items = SubjectIndexItems(
            entries, letters: letters, setting: setting,
            packed: packing ?? (entries.count >= SubjectIndexItems.packedFrom))
    }

    /// The index as HTML (`SubjectIndex.html`).
    func html(strings: StringTable) -> String {
        items.html(letters: letters, strings: strings)
    }

    /// Brings the state to `now` (the language's listed pages now) in place; returns how many pages
    /// changed what they give, or nil when it cannot (pages came, went or moved, or a tie; the
    /// state is then half updated: make it again).
    mutating func update(to now: [Source]) -> Int? {
        guard now.count == sources.count else { return nil }
        var changed: [Int] = []
        for index in now.indices {
            guard now[index].folder == sources[index].folder else { return nil }
            if now[index] != sources[index] { changed.append(index) }
        }
        var count = 0
        for index in changed {
            guard let differs = update(page: index, to: now[index]) else { return nil }
            if differs { count += 1 }
        }
        items.refresh(entries, letters: letters)
        return count
    }

    /// Puts what the page at `position` gives now in place of what it gave; whether that differs,
    /// or nil when an entry cannot be placed (`place`).
    private mutating func update(page position: Int, to source: Source) -> Bool? {
        let old = sources[position].contributions
        let new = source.contributions
        sources[position] = source
        guard old != new else { return false }
        // The same terms in the same order: only targets differ (a title edit), no entry moves.
        let moves = !old.map(\.key).elementsEqual(new.map(\.key)) || !old.map(\.term).elementsEqual(new.map(\.term))
        let given = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var reached = old.map(\.key)
        reached += new.map(\.key).filter { key in !old.contains { $0.key == key } }
        var gone: Set<Int> = []
        var placing: [(key: String, entry: SubjectIndex.Entry)] = []
        for key in reached {
            let at = places[key]
            let entry = at.map { entries[$0] }
            guard let merged = merge(key, into: entry, from: source.folder, at: position, given: given[key]) else {
                if let at { gone.insert(at) }
                continue
            }
            let first = merged.targets.first?.folder == source.folder || entry?.targets.first?.folder == source.folder
            if let at, merged.term == entry?.term, !(moves && first) {
                entries[at] = merged
                items.replace(at, with: merged)
            } else {
                if let at { gone.insert(at) }
                placing.append((key, merged))
            }
        }
        guard !gone.isEmpty || !placing.isEmpty else { return true }
        return place(placing, removing: gone) ? true : nil
    }

    /// `entry` (nil: a new key) with the page at `position` giving `given` (nil: nothing) instead of
    /// what it gave; nil when no page gives the key any more. The targets stay in reading order and
    /// the term is the first page's spelling.
    private func merge(
        _ key: String, into entry: SubjectIndex.Entry?, from folder: [String], at position: Int,
        given: SubjectIndex.Contribution?
    ) -> SubjectIndex.Entry? {
        var targets = entry?.targets ?? []
        let wasFirst = targets.first?.folder == folder
        targets.removeAll { $0.folder == folder }
        if let given {
            let at = targets.firstIndex { (positions[$0.folder] ?? 0) > position } ?? targets.count
            targets.insert(contentsOf: given.targets, at: at)
        }
        guard let first = targets.first else { return nil }
        var term = entry?.term ?? ""
        if let given, first.folder == folder {
            term = given.term
        } else if wasFirst || entry == nil, let page = positions[first.folder] {
            term = sources[page].contributions.first { $0.key == key }?.term ?? term
        }
        return SubjectIndex.Entry(term: term, targets: targets)
    }

    /// Takes the entries at `removing` out and puts each of `placing` where the language's order
    /// puts it; false when a term ranks equal to its neighbour's (the order between the two then
    /// depends on where each first came, which only a sort of every term settles).
    private mutating func place(_ placing: [(key: String, entry: SubjectIndex.Entry)], removing: Set<Int>) -> Bool {
        if !removing.isEmpty {
            let kept = entries.indices.filter { !removing.contains($0) }
            items.keep(kept, gone: removing.map { entries[$0].term })
            entries = kept.map { entries[$0] }
            keys = kept.map { keys[$0] }
        }
        let order = IndexCollation.Order(locale: Locale(identifier: setting.locale))
        for (key, entry) in placing {
            let sortKey = IndexCollation.key(entry.term, language: order.language)
            var low = 0
            var high = entries.count
            while low < high {
                let middle = (low + high) / 2
                let other = entries[middle].term
                if order.less(entry.term, sortKey, other, IndexCollation.key(other, language: order.language)) {
                    high = middle
                } else {
                    low = middle + 1
                }
            }
            // Nothing before `low` comes after the term: the one just before must come before it.
            if low > 0, !order.less(entries[low - 1].term, entry.term) { return false }
            entries.insert(entry, at: low)
            keys.insert(key, at: low)
            items.insert(entry, at: low)
        }
        places = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        letters = SubjectIndex.letterCounts(entries, locale: setting.locale)
        return true
    }
}
