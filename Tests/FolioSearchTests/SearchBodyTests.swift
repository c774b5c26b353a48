import FolioTestSupport
import Testing

@testable import FolioSearch

/// A body indexed by bytes, word numbers and the shared stem cache (`SearchBody.init`) equals one
/// indexed the plain way: a string per word, stemmed with a fresh libstemmer, scored in dictionaries.
@Suite struct SearchBodyTests {
    /// A body with its terms as text.
    struct PlainBody: Equatable {
        var stems: [String] = []
        var forms: [String] = []
        var formStems: [Int32] = []
        var scores: [[UInt64]] = []
        var sections: [SearchSection] = []

        /// `body`'s terms looked up in the language's stem cache.
        init(_ body: SearchBody, language: String) {
            let cache = StemCache.of(language)
            stems = cache.names(body.stems)
            forms = cache.names(body.forms.map(\.form))
            formStems = body.forms.map(\.stem)
            scores = body.scores
            sections = body.sections
        }

        init() {}
    }

    /// The plain definition, as the index first had it.
    static func reference(_ sections: [SearchSection], language: String) -> PlainBody {
        let stemmer = SnowballStemmer(language: language)
        var wordID: [String: Int32] = [:]
        var stemID: [String: Int32] = [:]
        var body = PlainBody()
        func stem(of word: String) -> Int32 {
            if let known = wordID[word] { return known }
            let stem = stemmer?.stem(word) ?? word
            let id = stemID[stem] ?? Int32(body.stems.count)
            if id == body.stems.count {
                body.stems.append(stem)
                stemID[stem] = id
            }
            wordID[word] = id
            body.forms.append(SearchWords.folded(word, language: language))
            body.formStems.append(id)
            return id
        }
        let sections = sections.isEmpty ? [SearchSection(id: nil, heading: "", text: "")] : sections
        for section in sections {
            var field: [Int32: UInt32] = [:]
            var first: [Int32: Int] = [:]
            let heading = SearchWordsTests.referenceWords(section.heading, language: language)
            for (position, word) in heading.enumerated() {
                let id = stem(of: word)
                field[id] = SearchBody.headingWeight
                if first[id] == nil { first[id] = position }
            }
            var text: [Int32: UInt32] = [:]
            for (position, word) in SearchWordsTests.referenceWords(section.text, language: language).enumerated() {
                let id = stem(of: word)
                text[id] = min((text[id] ?? 0) + 1, SearchBody.textCap)
                if first[id] == nil { first[id] = heading.count + position }
            }
            for (id, score) in text { field[id, default: 0] += score }
            body.scores.append(
                field.map { UInt64($0.key) << 16 | UInt64(min(first[$0.key] ?? 0, 255)) << 8 | UInt64($0.value) }
                    .sorted())
        }
        body.sections = sections.map {
            SearchSection(id: $0.id, heading: $0.heading, text: SearchBody.snippet(of: $0.text))
        }
        return body
    }

    @Test(arguments: ["sv", "ro"]) func bodiesEqualThePlainDefinitionOnRandomText(language: String) {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SearchBodyTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        let pieces = SearchWordsTests.pieces + ["kunden", "kundernas", "clienți", "clientului", "Kunden"]
        func text(_ length: Int) -> String {
            (0..<Int(random.next() % UInt64(length))).map { _ in
                pieces[Int(random.next() % UInt64(pieces.count))]
            }.joined(separator: random.next() % 3 == 0 ? "" : " ")
        }
        for _ in 0..<200 {
            let sections = (0..<Int(random.next() % 4)).map { number in
                SearchSection(id: number == 0 ? nil : "s\(number)", heading: text(4), text: text(40))
            }
            let body = PlainBody(SearchBody(sections: sections, language: language), language: language)
            let expected = Self.reference(sections, language: language)
            #expect(body.stems == expected.stems, "seed \(seed)")
            #expect(body.forms == expected.forms, "seed \(seed)")
            #expect(body.formStems == expected.formStems, "seed \(seed)")
            #expect(body.scores == expected.scores, "seed \(seed)")
            #expect(body.sections == expected.sections, "seed \(seed)")
        }
    }
}
