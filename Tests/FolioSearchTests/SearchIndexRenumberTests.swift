import FolioTestSupport
import Testing

@testable import FolioSearch

/// Pages added and removed among edits, the later pages numbered again in place
/// (`SearchIndex.update(removing:inserting:editing:)`), leave the index an index made from scratch
/// would be, and say which files changed.
@Suite struct SearchIndexRenumberTests {
    @Test func addsAndRemovesAmongEditsEqualAnIndexMadeFromScratch() {
        let random = WordlessPages(
            seed: SeededRandom.seed("SearchIndexRenumberTests", variable: "FOLIO_SEARCH_RENUMBER_SEED"))
        var made = 0
        func page() -> SearchIndex.Page {
            made += 1
            return random.page(href: "sv/p\(made)/", titleSuffix: made % 7 == 0 ? " unik\(made)" : "")
        }
        var pages = (0..<120).map { _ in page() }
        var index = SearchIndex(language: "sv", pages: pages)
        for round in 0..<50 {
            let before = index.files
            var removed: [(number: Int, was: SearchBody?)] = []
            var kept = Array(pages.indices)
            for _ in 0..<random.next(3) where pages.count - removed.count > 1 {
                let at = random.next(kept.count)
                removed.append((kept[at], pages[kept[at]].body))
                kept.remove(at: at)
            }
            var now = kept.map { pages[$0] }
            var edits: [(number: Int, page: SearchIndex.Page)] = []
            for _ in 0..<random.next(3) {
                let number = random.next(now.count)
                guard !edits.contains(where: { $0.number == number }) else { continue }
                var edited = page()
                edited.href = now[number].href
                edited.was = now[number].body
                if random.next(3) == 0 { edited.title = now[number].title }
                now[number] = edited
                edits.append((number, edited))
            }
            var inserted: [(number: Int, page: SearchIndex.Page)] = []
            var insertedAt: Set<Int> = []
            for _ in 0..<random.next(3) {
                let number = random.next(now.count + 1)
                now.insert(page(), at: number)
                insertedAt = Set(insertedAt.map { $0 >= number ? $0 + 1 : $0 })
                insertedAt.insert(number)
                edits = edits.map { ($0.number >= number ? $0.number + 1 : $0.number, $0.page) }
            }
            for number in insertedAt.sorted() { inserted.append((number, now[number])) }
            pages = now
            let changed = index.update(removing: removed, inserting: inserted, editing: edits)
            random.expectMatchesScratch(index, pages: pages, before: before, changed: changed, round: round)
            #expect(index.pageCount == pages.count, "seed \(random.seed), round \(round)")
        }
    }
}
