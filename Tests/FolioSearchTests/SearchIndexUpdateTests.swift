import FolioTestSupport
import Testing

@testable import FolioSearch

/// An index updated in place, edit after edit, writes the files an index made from scratch writes,
/// and says which files changed.
@Suite struct SearchIndexUpdateTests {
    @Test func updatesEqualAnIndexMadeFromScratch() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SearchIndexUpdateTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        let words = (0..<300).map { "ord" + String($0, radix: 7) + ["", "en", "er", "erna", "ar"][$0 % 5] }
        func text(_ count: Int) -> String {
            (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
        }
        func page(_ number: Int) -> SearchIndex.Page {
            let sections = (0..<Int(random.next() % 4)).map { section in
                SearchSection(id: section == 0 ? nil : "s\(section)", heading: text(2), text: text(30))
            }
            return SearchIndex.Page(
                href: "sv/p\(number)/", title: "Sida " + text(1), sections: sections, language: "sv")
        }
        // Small shards, so that edits move entries between many of them.
        var pages = (0..<250).map(page)
        var index = SearchIndex(language: "sv", pages: pages)
        for kind in ["f", "p", "d"] {
            #expect(
                index.files.keys.filter { $0.hasPrefix(kind) }.count > 1,
                "several \(kind) shards: \(index.files.keys.sorted())")
        }
        for round in 0..<60 {
            let before = index.files
            switch random.next() % 10 {
            case 0:
                pages.insert(page(1_000 + round), at: Int(random.next() % UInt64(pages.count)))
            case 1:
                pages.remove(at: Int(random.next() % UInt64(pages.count)))
            case 2:
                let number = Int(random.next() % UInt64(pages.count))
                pages[number].title = "Ny " + text(2) + " unik\(round)"  // a word new to the index
            default:
                for _ in 0..<(1 + random.next() % 3) {
                    let number = Int(random.next() % UInt64(pages.count))
                    let href = pages[number].href
                    pages[number] = page(number)
                    pages[number].href = href
                }
            }
            let changed = index.update(pages: pages)
            let fresh = SearchIndex(language: "sv", pages: pages)
            let wrong = Set(index.files.keys).union(fresh.files.keys).filter { index.files[$0] != fresh.files[$0] }
            #expect(
                wrong.isEmpty, "seed \(seed), round \(round): \(wrong.sorted()) differ from an index made from scratch")
            let differing = Set(Set(before.keys).union(index.files.keys).filter { before[$0] != index.files[$0] })
            #expect(changed == differing, "seed \(seed), round \(round)")
        }
    }

    @Test func anEditOfOnePageRewritesFewShards() {
        var pages = (0..<400).map { number in
            SearchIndex.Page(
                href: "sv/p\(number)/", title: "Sida \(number)",
                sections: [SearchSection(id: nil, heading: "", text: "kund\(number) ärende\(number % 50) svar")],
                language: "sv")
        }
        var index = SearchIndex(language: "sv", pages: pages)
        pages[7] = SearchIndex.Page(
            href: "sv/p7/", title: "Sida 7", sections: [SearchSection(id: nil, heading: "", text: "kund7 svar")],
            language: "sv")
        let changed = index.update(pages: pages)
        #expect(changed.contains { $0.hasPrefix("d") }, "the page's document")
        #expect(changed.count <= 4, "\(changed.sorted()): its document and the shards of the one word it lost")
        let fresh = SearchIndex(language: "sv", pages: pages).files
        #expect(Set(index.files.keys).union(fresh.keys).filter { index.files[$0] != fresh[$0] }.isEmpty)
    }

    /// Document shards are not kept but encoded when written: an edit that makes the documents
    /// long enough for more shards moves every page, and the changed files are still exactly the
    /// ones that differ (the old shards are encoded again from the pages the edit replaced).
    @Test func anEditThatMovesTheDocumentLayoutReportsEveryShardItChanged() {
        var pages = (0..<120).map { number in
            SearchIndex.Page(
                href: "sv/p\(number)/", title: "Sida \(number)",
                sections: [SearchSection(id: nil, heading: "", text: "kund\(number) svar")], language: "sv")
        }
        var index = SearchIndex(language: "sv", pages: pages)
        let before = index.files
        let text = Array(repeating: "ärende", count: 40).joined(separator: " ")
        pages[3] = SearchIndex.Page(
            href: "sv/p3/", title: "Sida 3",
            sections: (0..<60).map { SearchSection(id: "s\($0)", heading: "Del \($0)", text: text) }, language: "sv")
        let changed = index.update(editing: [(3, pages[3])])
        let shards = { (files: [String: String]) in files.keys.filter { $0.hasPrefix("d") }.count }
        #expect(shards(index.files) > shards(before), "the edit needs more document shards")
        #expect(index.files == SearchIndex(language: "sv", pages: pages).files)
        let differing = Set(before.keys).union(index.files.keys).filter { before[$0] != index.files[$0] }
        #expect(changed == differing)
    }

    /// A word in more sections than the cap keeps: edits below the cap leave its entry alone, edits
    /// at or above it change it, and both give the files made from scratch.
    @Test func editsOfAWordPastTheCapEqualAnIndexMadeFromScratch() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SearchIndexUpdateTests cap seed \(seed)")
        var random = SeededRandom(seed: seed)
        func page(_ number: Int) -> SearchIndex.Page {
            let uses = Int(random.next() % 4)
            let text = (["ord\(number)"] + Array(repeating: "svar", count: uses)).joined(separator: " ")
            let heading = random.next() % 20 == 0 ? "Svar" : ""
            return SearchIndex.Page(
                href: "sv/p\(number)/", title: "Sida", sections: [SearchSection(id: "a", heading: heading, text: text)],
                language: "sv")
        }
        var pages = (0..<(SearchIndex.maxPostings * 2)).map(page)
        var index = SearchIndex(language: "sv", pages: pages)
        for round in 0..<40 {
            let number = Int(random.next() % UInt64(pages.count))
            pages[number] = page(number)
            _ = index.update(editing: [(number, pages[number])])
            let fresh = SearchIndex(language: "sv", pages: pages).files
            let wrong = Set(index.files.keys).union(fresh.keys).filter { index.files[$0] != fresh[$0] }
            #expect(wrong.isEmpty, "seed \(seed), round \(round): \(wrong.sorted())")
        }
    }

    /// An index that keeps its pages' documents but not their words (`folio serve`) is told an
    /// edited page's old body (`was`) and writes what an index made from scratch writes.
    @Test func editsOfPagesKeptWithoutTheirWordsEqualAnIndexMadeFromScratch() {
        let random = WordlessPages(
            seed: SeededRandom.seed("SearchIndexUpdateTests words", variable: "FOLIO_SEARCH_WORDS_SEED"))
        func page(_ number: Int) -> SearchIndex.Page { random.page(href: "sv/p\(number)/") }
        var pages = (0..<150).map(page)
        var index = SearchIndex(language: "sv", pages: pages)
        for round in 0..<40 {
            let before = index.files
            var edits: [(number: Int, page: SearchIndex.Page)] = []
            for _ in 0..<(1 + random.next(2)) {
                let number = random.next(pages.count)
                guard !edits.contains(where: { $0.number == number }) else { continue }
                var edited = random.next(5) == 0 ? pages[number] : page(number)
                edited.was = pages[number].body
                if random.next(4) == 0 { edited.title = "Ny " + random.text(2) }
                pages[number] = edited
                edits.append((number, edited))
            }
            let changed = index.update(editing: edits)
            random.expectMatchesScratch(index, pages: pages, before: before, changed: changed, round: round)
        }
        // Pages come and go: the index is merged again from the pages' bodies.
        pages.remove(at: 3)
        _ = index.update(pages: pages)
        #expect(index.files == SearchIndex(language: "sv", pages: pages).files, "seed \(random.seed)")
    }
}
