import Foundation

/// One page body's part of the full-text index, made where the body is rendered (on every core)
/// and kept with it between builds, so a build indexes only the bodies it rendered again and
/// `SearchIndex` merely merges. Stems are listed once per page; each section scores them by
/// heading and text (the title is the page's, added at the merge, since a title edit does not
/// render the body again).
public struct SearchBody: Sendable, Equatable {
    /// The page's sections, their text cut to what a result's snippet shows.
    public var sections: [SearchSection]
    /// The page's stems, each once.
    public var stems: [String]
    /// Each word form the page uses (folded as the script folds a query) with its stem's number in `stems`.
    public var forms: [Form]
    /// Per section, its stems' scores: `stem number << 8 | score` (a score is at most 30).
    public var scores: [[UInt32]]

    public struct Form: Sendable, Equatable {
        public var form: String
        public var stem: Int32
    }

    /// Ranking weights: a word in the section's heading counts more than in its text (each
    /// occurrence in the text counts, up to `textCap`); the title's weight is `SearchIndex.titleWeight`.
    static let headingWeight: UInt32 = 20
    static let textCap: UInt32 = 10
    /// The text kept of each section for its snippet.
    static let snippetLength = 240

    /// Every word's stem, kept only when asked for (the differential test against libstemmer).
    public var wordStems: [String: String]?

    /// `sections` indexed for `language` with its Snowball stemmer (words as they are when it has none).
    public init(sections: [SearchSection], language: String, keepingWordStems: Bool = false) {
        let stemmer = SnowballStemmer(language: language)
        var wordID: [String: Int32] = [:]
        var stemID: [String: Int32] = [:]
        var stems: [String] = []
        var forms: [Form] = []
        var wordStems: [String: String] = [:]
        func stem(of word: String) -> Int32 {
            if let known = wordID[word] { return known }
            let stem = stemmer?.stem(word) ?? word
            if keepingWordStems { wordStems[word] = stem }
            let id: Int32
            if let known = stemID[stem] {
                id = known
            } else {
                id = Int32(stems.count)
                stems.append(stem)
                stemID[stem] = id
            }
            wordID[word] = id
            forms.append(Form(form: SearchWords.folded(word, language: language), stem: id))
            return id
        }
        var scores: [[UInt32]] = []
        // A page with no text is still found by its title.
        let sections = sections.isEmpty ? [SearchSection(id: nil, heading: "", text: "")] : sections
        for section in sections {
            var field: [Int32: UInt32] = [:]
            for word in SearchWords.words(in: section.heading, language: language) {
                field[stem(of: word)] = Self.headingWeight
            }
            var text: [Int32: UInt32] = [:]
            for word in SearchWords.words(in: section.text, language: language) {
                let id = stem(of: word)
                text[id] = min((text[id] ?? 0) + 1, Self.textCap)
            }
            for (id, score) in text { field[id, default: 0] += score }
            scores.append(field.map { UInt32($0.key) << 8 | $0.value }.sorted())
        }
        self.sections = sections.map {
            SearchSection(id: $0.id, heading: $0.heading, text: Self.snippet(of: $0.text))
        }
        self.stems = stems
        self.forms = forms
        self.scores = scores
        self.wordStems = keepingWordStems ? wordStems : nil
    }

    /// `text` cut to `snippetLength` characters, at a word's end when it is longer.
    static func snippet(of text: String) -> String {
        guard text.count > snippetLength else { return text }
        let cut = text.prefix(snippetLength)
        return String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut)
    }
}
