import FolioTestSupport
import Testing

@testable import FolioSearch

/// Random pages as `folio serve`'s index keeps them: their documents, not their words
/// (`keepsWords = false`), so an edit must be told the old body. Shared by the tests that update
/// such an index in place and hold it to one made from scratch.
final class WordlessPages {
    let seed: UInt64
    private var random: SeededRandom
    private let words = (0..<200).map { "ord" + String($0, radix: 7) + ["", "en", "er", "ar"][$0 % 4] }

    init(seed: UInt64) {
        self.seed = seed
        random = SeededRandom(seed: seed)
    }

    /// A random number below `bound` (which must be positive).
    func next(_ bound: Int) -> Int {
        Int(random.next() % UInt64(bound))
    }

    /// `count` random words.
    func text(_ count: Int) -> String {
        (0..<count).map { _ in words[next(words.count)] }.joined(separator: " ")
    }

    /// A page at `href` of up to three sections, titled `Sida` and a random word and `titleSuffix`.
    func page(href: String, titleSuffix: String = "") -> SearchIndex.Page {
        let sections = (0..<next(4)).map { section in
            SearchSection(id: section == 0 ? nil : "s\(section)", heading: text(2), text: text(25))
        }
        var page = SearchIndex.Page(
            href: href, title: "Sida " + text(1) + titleSuffix, sections: sections, language: "sv")
        page.keepsWords = false
        return page
    }

    /// `index` writes what an index made from scratch over `pages` writes, and `changed` (what its
    /// update said it changed) is exactly the files that differ from `before`.
    func expectMatchesScratch(
        _ index: SearchIndex, pages: [SearchIndex.Page], before: [String: String], changed: Set<String>, round: Int
    ) {
        let fresh = SearchIndex(language: "sv", pages: pages)
        let wrong = Set(index.files.keys).union(fresh.files.keys).filter { index.files[$0] != fresh.files[$0] }
        #expect(wrong.isEmpty, "seed \(seed), round \(round): \(wrong.sorted()) differ from an index made from scratch")
        let differing = Set(Set(before.keys).union(index.files.keys).filter { before[$0] != index.files[$0] })
        #expect(changed == differing, "seed \(seed), round \(round)")
    }
}
