import Foundation

/// The subject index's list items as `SubjectIndexState` keeps them: each entry's own, so that an
/// edit makes only its entries' items again; or, for an index of more than `packedFrom` entries,
/// each letter's items together and packed (`PackedText`), a letter an edit reaches made again
/// from its entries.
///
/// At 100,002 pages (search off) `folio serve` held 2,225 MB after its first build with the items
/// plain, 2,103 MB with them packed. Packed, an edit that reaches the index unpacks the whole page
/// to write it, which at 10,002 pages would be much of a title edit's time: there they stay plain.
struct SubjectIndexItems: Sendable {
    /// From how many entries the items are packed by letter.
    static let packedFrom = 100_000

    let packed: Bool
    let setting: SubjectIndexState.Setting
    /// Each entry's item, in order (empty when packed).
    private var items: [String] = []
    /// When packed: each letter's items, by letter, and the letters to make again.
    private var blocks: [String: PackedText] = [:]
    private var stale: Set<String> = []
    /// About how many bytes the items take, to make the page at its size.
    private var size = 0

    init(
        _ entries: [SubjectIndex.Entry], letters: [(letter: String, count: Int)], setting: SubjectIndexState.Setting,
        packed: Bool
    ) {
        self.packed = packed
        self.setting = setting
        if packed {
            var next = 0
            for (letter, count) in letters {
                let block = self.block(entries[next..<next + count])
                size += block.utf8.count
                blocks[letter] = PackedText(block)
                next += count
            }
        } else {
            items = entries.map(item)
            size = items.reduce(0) { $0 + $1.utf8.count }
        }
    }

    /// Entry `index` is now `entry`, in place.
    mutating func replace(_ index: Int, with entry: SubjectIndex.Entry) {
        if packed {
            stale.insert(letter(of: entry.term))
        } else {
            size += item(entry).utf8.count - items[index].utf8.count
            items[index] = item(entry)
        }
    }

    /// Only the entries at `kept` stay; the terms of those that go are `gone`.
    mutating func keep(_ kept: [Int], gone: [String]) {
        if packed {
            stale.formUnion(gone.map(letter))
        } else {
            items = kept.map { items[$0] }
        }
    }

    /// `entry` comes in at `index`.
    mutating func insert(_ entry: SubjectIndex.Entry, at index: Int) {
        if packed {
            stale.insert(letter(of: entry.term))
        } else {
            items.insert(item(entry), at: index)
            size += items[index].utf8.count
        }
    }

    /// Makes the blocks of the letters an edit reached again (packed), and drops those of letters gone.
    mutating func refresh(_ entries: [SubjectIndex.Entry], letters: [(letter: String, count: Int)]) {
        guard packed else { return }
        var next = 0
        var present: Set<String> = []
        for (letter, count) in letters {
            present.insert(letter)
            if stale.contains(letter) || blocks[letter] == nil {
                let block = self.block(entries[next..<next + count])
                size += block.utf8.count - (blocks[letter]?.count ?? 0)
                blocks[letter] = PackedText(block)
            }
            next += count
        }
        for letter in blocks.keys where !present.contains(letter) { blocks[letter] = nil }
        stale = []
    }

    /// The index as HTML (`SubjectIndex.html`).
    func html(letters: [(letter: String, count: Int)], strings: StringTable) -> String {
        var next = 0
        return SubjectIndex.html(letters: letters.map(\.letter), strings: strings, size: size) { number, html in
            if packed {
                html += blocks[letters[number].letter]?.text ?? ""
            } else {
                for item in items[next..<next + letters[number].count] { html += item }
                next += letters[number].count
            }
        }
    }

    private func letter(of term: String) -> String {
        SubjectIndex.letter(of: term, locale: Locale(identifier: setting.locale))
    }

    private func item(_ entry: SubjectIndex.Entry) -> String {
        SubjectIndex.item(entry, from: setting.folder, linkStyle: setting.linkStyle)
    }

    private func block(_ entries: ArraySlice<SubjectIndex.Entry>) -> String {
        var block = ""
        for entry in entries { block += item(entry) }
        return block
    }
}
