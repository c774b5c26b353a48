import Foundation

/// One page body's part of the full-text index, made where the body is rendered (on every core)
/// and kept with it between builds, so a build indexes only the bodies it rendered again and
/// `SearchIndex` merely merges. Stems are listed once per page; each section scores them by
/// heading and text (the title is the page's, added at the merge, since a title edit does not
/// render the body again).
public struct SearchBody: Sendable, Equatable {
    /// The page's sections, their text cut to what a result's snippet shows.
    public var sections: [SearchSection]
    /// The page's stems, each once, as the language's term numbers (`StemCache`).
    public var stems: [Int32]
    /// Each word form the page uses (folded as the script folds a query; a term number) with its
    /// stem's place in `stems`.
    public var forms: [Form]
    /// Per section, its stems: `stem number << 16 | position << 8 | score`, by stem number. The
    /// score is at most 30; the position is the stem's first word in the section (the heading's
    /// words first), up to 255: the script ranks sections where the query's words stand together
    /// higher (phrase proximity). Held in one array (`sectionScores`).
    public var scores: [[UInt64]] { (0..<sectionScores.count).map(sectionScores.section) }
    /// The same scores, as kept: every section's in one array, 32 bits each.
    public let sectionScores: SectionScores

    public struct Form: Sendable, Equatable {
        public var form: Int32
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
    /// Each word is read once as bytes (`WordScanner`) and numbered (`WordTable`); the page's distinct
    /// words are stemmed and folded through the language's `StemCache`, then scored by number.
    public init(sections: [SearchSection], language: String, keepingWordStems: Bool = false) {
        // A page with no text is still found by its title.
        let sections = sections.isEmpty ? [SearchSection(id: nil, heading: "", text: "")] : sections
        var table = WordTable()
        var scanner = WordScanner(language: language)
        var occurrences: [Int32] = []
        var ends: [(heading: Int, text: Int)] = []
        for section in sections {
            scanner.scan(section.heading) { occurrences.append(table.insert($0).number) }
            let heading = occurrences.count
            scanner.scan(section.text) { occurrences.append(table.insert($0).number) }
            ends.append((heading, occurrences.count))
        }
        // Bodies are kept for every page: arrays made to measure, not grown by doubling.
        let cache = StemCache.of(language)
        var stemNumbers: [Int32: Int32] = [:]
        stemNumbers.reserveCapacity(table.count)
        var stems: [Int32] = []
        var forms: [Form] = []
        var wordStem: [Int32] = []
        stems.reserveCapacity(table.count)
        forms.reserveCapacity(table.count)
        wordStem.reserveCapacity(table.count)
        var wordStems: [String: String] = [:]
        for (number, entry) in cache.entries(table).enumerated() {
            let id = stemNumbers[entry.stem] ?? Int32(stems.count)
            if id == stems.count {
                stemNumbers[entry.stem] = id
                stems.append(entry.stem)
            }
            wordStem.append(id)
            forms.append(Form(form: entry.folded, stem: id))
            if keepingWordStems { wordStems[table.string(number)] = cache.name(entry.stem) }
        }
        sectionScores = SectionScores(
            Self.scores(occurrences.map { wordStem[Int($0)] }, ends: ends, stems: stems.count), stems: stems.count)
        self.sections = sections.map {
            SearchSection(id: $0.id, heading: $0.heading, text: Self.snippet(of: $0.text))
        }
        self.stems = stems
        self.forms = forms
        self.wordStems = keepingWordStems ? wordStems : nil
    }

    /// This body without its sections: what `SearchIndex` keeps of a page beside its document.
    var withoutSections: SearchBody {
        SearchBody(sections: [], stems: stems, forms: forms, sectionScores: sectionScores)
    }

    /// No sections and no words: what `SearchIndex` keeps of a page it can make the body of again
    /// (`SearchIndex.Page.keepsWords`).
    static let nothing = SearchBody(sections: [], stems: [], forms: [], sectionScores: SectionScores([], stems: 0))

    private init(sections: [SearchSection], stems: [Int32], forms: [Form], sectionScores: SectionScores) {
        self.sections = sections
        self.stems = stems
        self.forms = forms
        self.sectionScores = sectionScores
        wordStems = nil
    }

    /// Per section, its stems' scores (see `scores`): `headingWeight` for a stem in the heading,
    /// plus one for each time it is in the text, up to `textCap`; and where it is first.
    private static func scores(_ stems: [Int32], ends: [(heading: Int, text: Int)], stems count: Int) -> [[UInt64]] {
        var inHeading = [Bool](repeating: false, count: count)
        var inText = [UInt32](repeating: 0, count: count)
        var first = [UInt64](repeating: 0, count: count)
        var touched: [Int32] = []
        var scores: [[UInt64]] = []
        var start = 0
        for end in ends {
            for index in start..<end.text {
                let id = Int(stems[index])
                if !inHeading[id] && inText[id] == 0 {
                    touched.append(stems[index])
                    first[id] = UInt64(min(index - start, 255))
                }
                if index < end.heading {
                    inHeading[id] = true
                } else {
                    inText[id] = min(inText[id] + 1, textCap)
                }
            }
            touched.sort()
            scores.append(
                touched.map { id in
                    let score = (inHeading[Int(id)] ? headingWeight : 0) + inText[Int(id)]
                    return UInt64(id) << 16 | first[Int(id)] << 8 | UInt64(score)
                })
            for id in touched {
                inHeading[Int(id)] = false
                inText[Int(id)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            start = end.text
        }
        return scores
    }

    /// `text` cut to `snippetLength` characters, at a word's end when it is longer. Counts only
    /// as far as the cut: a section's text can be long. Below U+0300 (no combining marks, and a
    /// squeezed text has no CR LF) a character is one code point, so most text is cut by bytes;
    /// other text counts characters.
    static func snippet(of text: String) -> String {
        guard text.utf8.count > snippetLength else { return text }
        var text = text
        if let cut = text.withUTF8({ simpleCut($0) }) { return cut }
        guard let end = text.index(text.startIndex, offsetBy: snippetLength, limitedBy: text.endIndex),
            end < text.endIndex
        else { return text }
        let cut = text[..<end]
        return String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut)
    }

    /// The cut of `snippet(of:)` when the first `snippetLength + 1` code points (the one after the
    /// cut decides where the last character ends) are all below U+0300 and none is a CR; nil otherwise.
    private static func simpleCut(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        var scalars = 0
        var end = 0
        while index < bytes.count, scalars <= snippetLength {
            let byte = bytes[index]
            guard byte < 0xcc, byte != 0x0d else { return nil }
            if scalars == snippetLength { end = index }
            index += byte < 0x80 ? 1 : 2
            scalars += 1
        }
        guard scalars > snippetLength else { return String(decoding: bytes, as: UTF8.self) }
        var cut = end
        while cut > 0, bytes[cut - 1] != 0x20 { cut -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<(cut > 0 ? cut - 1 : end)]), as: UTF8.self)
    }
}
