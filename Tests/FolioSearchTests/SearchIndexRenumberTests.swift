import FolioTestSupport
import Testing

@testable import FolioSearch

/// Pages added and removed among edits, the later pages numbered again in place
/// (`SearchIndex.update(removing:inserting:editing:)`), leave the index an index made from scratch
/// would be, and say which files changed.
@Suite struct SearchIndexRenumberTests {
    @Test func addsAndRemovesAmongEditsEqualAnIndexMadeFromScratch() {
        let seed = SeededRandom.seed("SearchIndexRenumberTests", variable: "FOLIO_SEARCH_RENUMBER_SEED")
        var random = SeededRandom(seed: seed)
        let words = (0..<200).map { "ord" + String($0, radix: 7) + ["", "en", "er", "ar"][$0 % 4] }
        func text(_ count: Int) -> String {
            (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
        }
        var made = 0
        func page() -> SearchIndex.Page {
            made += 1
            let sections = (0..<Int(random.next() % 4)).map { section in
                SearchSection(id: section == 0 ? nil : "s\(section)", heading: text(2), text: text(25))
            }
            var page = SearchIndex.Page(
                href: "sv/p\(made)/", title: "Sida " + text(1) + (made % 7 == 0 ? " unik\(made)" : ""),
                sections: sections, language: "sv")
            page.keepsWords = false
            return page
        }
        var pages = (0..<120).map { _ in page() }
        var index = SearchIndex(language: "sv", pages: pages)
        for round in 0..<50 {
            let before = index.files
            var removed: [(number: Int, was: SearchBody?)] = []
            var kept = Array(pages.indices)
            for _ in 0..<(random.next() % 3) where pages.count - removed.count > 1 {
                let at = Int(random.next() % UInt64(kept.count))
                removed.append((kept[at], pages[kept[at]].body))
                kept.remove(at: at)
            }
            var now = kept.map { pages[$0] }
            var edits: [(number: Int, page: SearchIndex.Page)] = []
            for _ in 0..<(random.next() % 3) {
                let number = Int(random.next() % UInt64(now.count))
                guard !edits.contains(where: { $0.number == number }) else { continue }
                var edited = page()
                edited.href = now[number].href
                edited.was = now[number].body
                if random.next() % 3 == 0 { edited.title = now[number].title }
                now[number] = edited
                edits.append((number, edited))
            }
            var inserted: [(number: Int, page: SearchIndex.Page)] = []
            var insertedAt: Set<Int> = []
            for _ in 0..<(random.next() % 3) {
                let number = Int(random.next() % UInt64(now.count + 1))
                now.insert(page(), at: number)
                insertedAt = Set(insertedAt.map { $0 >= number ? $0 + 1 : $0 })
                insertedAt.insert(number)
                edits = edits.map { ($0.number >= number ? $0.number + 1 : $0.number, $0.page) }
            }
            for number in insertedAt.sorted() { inserted.append((number, now[number])) }
            pages = now
            let changed = index.update(removing: removed, inserting: inserted, editing: edits)
            let fresh = SearchIndex(language: "sv", pages: pages)
            let wrong = Set(index.files.keys).union(fresh.files.keys).filter { index.files[$0] != fresh.files[$0] }
            #expect(
                wrong.isEmpty, "seed \(seed), round \(round): \(wrong.sorted()) differ from an index made from scratch")
            let differing = Set(Set(before.keys).union(index.files.keys).filter { before[$0] != index.files[$0] })
            #expect(changed == differing, "seed \(seed), round \(round)")
            #expect(index.pageCount == pages.count, "seed \(seed), round \(round)")
        }
    }
}
