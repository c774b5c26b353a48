import FolioTestSupport
import Foundation
import Testing

@testable import FolioSearch

/// How the index is cut into files: bounded in number whatever the site's size, postings capped
/// at the best-scored sections, stems hashed as the script hashes them, author text escaped.
@Suite struct SearchIndexShardsTests {
    /// `count` pages of seeded random words from a vocabulary of `vocabulary` words.
    static func pages(_ count: Int, vocabulary: Int, seed: UInt64) -> [SearchIndex.Page] {
        var random = SeededRandom(seed: seed)
        let words = (0..<vocabulary).map { "ord" + String($0, radix: 26).map { String($0) }.joined() + "ning" }
        return (0..<count).map { number in
            let sections = (0..<4).map { section in
                SearchSection(
                    id: "s\(section)", heading: words[Int(random.next() % UInt64(vocabulary))],
                    text: (0..<40).map { _ in words[Int(random.next() % UInt64(vocabulary))] }.joined(separator: " "))
            }
            return SearchIndex.Page(href: "sv/p\(number)/", title: "Sida \(number)", sections: sections, language: "sv")
        }
    }

    @Test func aLargeSiteStaysWithinTheFileBound() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SearchIndexShardsTests seed \(seed)")
        let index = SearchIndex(language: "sv", pages: Self.pages(2_000, vocabulary: 4_000, seed: seed))
        let bound = SearchIndex.maxFormShards + SearchIndex.maxPostingShards + SearchIndex.maxDocumentShards + 1
        #expect(index.files.count <= bound, "seed \(seed)")
        #expect(index.files.keys.contains { $0.hasPrefix("p") && $0 != "p0.js" }, "postings in several shards")
        #expect(index.files.keys.contains { $0.hasPrefix("d") && $0 != "d0.js" }, "documents in several shards")
        for (name, text) in index.files where name.hasPrefix("d") {
            #expect(text.hasPrefix("folioSearch.docs(\"sv\",\(name.dropFirst().dropLast(3)),[[\"sv/p"), "\(name)")
            #expect(text.contains(",\"Sida "), "\(name): each page's title once, with its sections")
        }
    }

    /// Runs of pages cover every page once, no shard empty, at most the shards asked for.
    @Test func documentShardsAreRunsOfPages() {
        for pages in 0...300 {
            for shards in 1...SearchIndex.maxDocumentShards {
                let (count, perShard) = SearchIndex.documentLayout(pages: pages, shards: shards)
                #expect(count >= 1 && count <= shards, "\(pages) pages, \(shards) shards")
                #expect(pages == 0 || (count - 1) * perShard < pages, "\(pages) pages, \(shards): no empty shard")
                #expect(count * perShard >= pages, "\(pages) pages, \(shards): every page in a shard")
            }
        }
    }

    @Test func aStemInEverySectionKeepsItsBestScoredSections() {
        let postings: [UInt64] = (0..<3_000).map { UInt64($0) << 8 | ($0 % 7 == 0 ? 100 : 1) }
        let kept = SearchIndex.capped(postings)
        #expect(kept.count == SearchIndex.maxPostings)
        #expect(kept == kept.sorted(), "in section order, for the step encoding")
        #expect(kept.filter { $0 & 0xff == 100 }.count == 429, "every title hit (3,000 / 7) is kept")
        #expect(kept.first == 0 << 8 | 100)
        #expect(SearchIndex.capped(Array(postings.prefix(10))) == Array(postings.prefix(10)))
    }

    /// Postings are page steps, sections, scores and positions in five-bit digits.
    @Test func postingsAreStepsInFiveBitDigits() {
        var code: [UInt8] = []
        for value: UInt64 in [0, 31, 32, 1_000, 1 << 40] { PostingCode.append(value, to: &code) }
        let text = String(decoding: code, as: UTF8.self)
        #expect(text.hasPrefix("Af"), "below 32, one letter each")
        #expect(PostingCode.numbers(text) == [0, 31, 32, 1_000, 1 << 40])
        var stem = SearchIndex.Stem(name: "kund")
        stem.postings = PostingList([
            3 << 28 | 0 << 16 | 7 << 8 | 2, 3 << 28 | 2 << 16 | 0 << 8 | 120, 40 << 28 | 1 << 16 | 255 << 8 | 1,
        ])
        let entry = SearchIndex.entry(stem).entry
        #expect(entry.hasPrefix("\"kund\":\""))
        let numbers = PostingCode.numbers(String(entry.dropFirst(8).dropLast()))
        #expect(numbers == [3, 0, 2, 7, 0, 2, 120, 0, 37, 1, 1, 255], "step, section, score, position")
    }

    /// FNV-1a's published 32-bit values: the script computes the same with `Math.imul`.
    @Test func stemsHashAsFNV1a() {
        #expect(SearchWords.postingBucket(of: "a", count: Int(UInt32.max)) == Int(0xe40c_292c % UInt32.max))
        #expect(SearchWords.postingBucket(of: "foobar", count: Int(UInt32.max)) == Int(0xbf9c_f968 % UInt32.max))
        #expect(SearchWords.postingBucket(of: "kund", count: 1) == 0)
    }

    @Test func authorTextCannotCloseTheScript() {
        let page = SearchIndex.Page(
            href: "sv/x/", title: "</script><b>\"ja\"\\ \u{2028}",
            sections: [SearchSection(id: nil, heading: "", text: "text")], language: "sv")
        let documents = SearchIndex(language: "sv", pages: [page]).files["d0.js"] ?? ""
        #expect(!documents.contains("</script"))
        #expect(documents.contains(#"\u003c/script>\u003cb>\"ja\"\\ \u2028"#))
    }
}
