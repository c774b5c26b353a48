import FolioTestSupport
import Testing

@testable import FolioSearch

/// A stem's postings kept as steps list what an array of them lists, after appends and after
/// pages' runs are put in place of their old ones, at the start, the middle and the end.
@Suite struct PostingListTests {
    @Test func keepsWhatItWasGiven() {
        let postings: [UInt64] = [
            0 << 28 | 0 << 16 | 0 << 8 | 1, 0 << 28 | 4_095 << 16 | 255 << 8 | 130, 1 << 28 | 3 << 16 | 2 << 8 | 1,
            70_000 << 28 | 0 << 16 | 9 << 8 | 100, 300_000 << 28 | 17 << 16 | 1 << 8 | 3,
        ]
        let list = PostingList(postings)
        #expect(list.postings == postings)
        #expect(list.count == 5)
        #expect(list.last == postings[4])
        #expect(PostingList().postings.isEmpty)
    }

    @Test func replacingPagesRunsEqualsAnArray() {
        let seed = SeededRandom.seed("PostingListTests", variable: "FOLIO_POSTING_LIST_SEED")
        var random = SeededRandom(seed: seed)
        func run(page: UInt64) -> [UInt64] {
            let sections = (0..<UInt64(6)).filter { _ in random.next() % 3 == 0 }
            return sections.map { section in
                page << 28 | (section * 300 + random.next() % 300) << 16 | (random.next() % 256) << 8
                    | random.next() % 131
            }
        }
        var pages: [UInt64: [UInt64]] = [:]
        for page in 0..<UInt64(40) where random.next() % 2 == 0 { pages[page] = run(page: page * 37) }
        var list = PostingList()
        for page in pages.keys.sorted() { list.append(contentsOf: pages[page]?[...] ?? []) }
        for round in 0..<300 {
            let page = (random.next() % 45) * 37
            let new = random.next() % 4 == 0 ? [] : run(page: page)
            list.replace(page: page, count: pages[page / 37]?.count ?? 0, with: new[...])
            pages[page / 37] = new.isEmpty ? nil : new
            let expected = pages.keys.sorted().flatMap { pages[$0] ?? [] }
            #expect(list.postings == expected, "seed \(seed), round \(round)")
            #expect(list.count == expected.count, "seed \(seed), round \(round)")
            #expect(list.last == (expected.last ?? 0), "seed \(seed), round \(round)")
            if round % 50 == 0 { list.fit() }
        }
    }

    /// A page removed moves every later page down by one, a page inserted moves them up.
    @Test func removingAndInsertingPagesRenumbersTheLaterOnes() {
        let seed = SeededRandom.seed("PostingListTests renumber", variable: "FOLIO_POSTING_LIST_RENUMBER_SEED")
        var random = SeededRandom(seed: seed)
        func run(page: Int) -> [UInt64] {
            let sections = (0..<UInt64(6)).filter { _ in random.next() % 3 == 0 }
            return sections.map { section in
                UInt64(page) << 28 | (section * 300 + random.next() % 300) << 16 | (random.next() % 256) << 8
                    | random.next() % 131
            }
        }
        // Each page's postings, without the page number (the place in `pages` is the number).
        var pages = (0..<30).map { run(page: $0).map { $0 & 0xfff_ffff } }
        var list = PostingList()
        for (page, postings) in pages.enumerated() {
            list.append(contentsOf: postings.map { UInt64(page) << 28 | $0 }[...])
        }
        for round in 0..<300 {
            let page = Int(random.next() % UInt64(pages.count + 1))
            if random.next() % 2 == 0, page < pages.count, pages.count > 1 {
                list.remove(page: UInt64(page))
                pages.remove(at: page)
            } else {
                let new = random.next() % 3 == 0 ? [] : run(page: page)
                list.insert(page: UInt64(page), run: new[...])
                pages.insert(new.map { $0 & 0xfff_ffff }, at: page)
            }
            let expected = pages.enumerated().flatMap { page, postings in postings.map { UInt64(page) << 28 | $0 } }
            #expect(list.postings == expected, "seed \(seed), round \(round)")
            #expect(list.count == expected.count, "seed \(seed), round \(round)")
            #expect(list.last == (expected.last ?? 0), "seed \(seed), round \(round)")
            if round % 50 == 0 { list.fit() }
        }
    }
}
