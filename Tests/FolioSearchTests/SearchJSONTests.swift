import FolioTestSupport
import Testing

@testable import FolioSearch

/// `SearchJSON.length` and `SearchIndex.documentLength` count what the encoders write, byte for
/// byte: the document shards' layout is set by those counts, so a wrong one moves pages between
/// shards (and a build from scratch would not match an updated index).
@Suite struct SearchJSONTests {
    /// Text made of the characters the encoder treats apart, mixed with plain ones.
    static let pieces: [String] = [
        "a", "Ö", "ș", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "<", ">", "&", "\u{2028}", "\u{2029}",
        "\u{2027}",
        "\u{202A}", "€", "😀", "e\u{301}", " ", "</script>", "\u{7F}",
    ]

    static func text(_ random: inout SeededRandom) -> String {
        (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func lengthIsTheEncodedLength() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SearchJSONTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        for _ in 0..<3_000 {
            let text = Self.text(&random)
            #expect(
                SearchJSON.length(text) == SearchJSON.string(text).utf8.count, "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test func documentLengthIsTheDocumentsLength() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SearchJSONTests document seed \(seed)")
        var random = SeededRandom(seed: seed)
        let index = SearchIndex(language: "sv", pages: [])
        for _ in 0..<300 {
            let sections = (0..<Int(random.next() % 4)).map { _ in
                SearchSection(
                    id: random.next() % 3 == 0 ? nil : Self.text(&random), heading: Self.text(&random),
                    text: Self.text(&random))
            }
            let page = SearchIndex.Page(
                href: "sv/" + Self.text(&random) + "/", title: Self.text(&random),
                body: SearchBody(sections: sections, language: "sv"))
            #expect(index.documentLength(of: page) == index.document(of: page).utf8.count, "seed \(seed)")
        }
    }
}
