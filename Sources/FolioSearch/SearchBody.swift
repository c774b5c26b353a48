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
    public init(sections: [SearchSection], language: String, keepingWordStems: Bool = false) {
        self.init(text: PageText(sections: sections), language: language, keepingWordStems: keepingWordStems)
    }

    /// A rendered body's HTML split into sections (`SearchSection.sections(ofHTML:)`) and indexed,
    /// on bytes throughout: of each section's text only the snippet is made a string.
    public init(html: String, language: String) {
        self.init(text: PageText(html: html), language: language)
    }

    /// Each word is read once as bytes (`WordScanner`) and numbered (`WordTable`); the page's distinct
    /// words are stemmed and folded through the language's `StemCache`, then scored by number.
    init(text: PageText, language: String, keepingWordStems: Bool = false) {
        // A page with no text is still found by its title.
        let text = text.sections.isEmpty ? PageText(sections: [SearchSection(id: nil, heading: "", text: "")]) : text
        var table = WordTable()
        var scanner = WordScanner(language: language)
        var occurrences: [Int32] = []
        var ends: [(heading: Int, text: Int)] = []
        let sections = text.withBytes { headings, texts in
            text.sections.map { section in
                scanner.scan(UnsafeBufferPointer(rebasing: headings[section.heading])) {
                    occurrences.append(table.insert($0).number)
                }
                let heading = occurrences.count
                scanner.scan(UnsafeBufferPointer(rebasing: texts[section.text])) {
                    occurrences.append(table.insert($0).number)
                }
                ends.append((heading, occurrences.count))
                return SearchSection(
                    id: section.id,
                    heading: String(decoding: UnsafeBufferPointer(rebasing: headings[section.heading]), as: UTF8.self),
                    text: text.snippet(of: section, in: texts))
            }
        }
        // Bodies are kept for every page: arrays made to measure, not grown by doubling.
        let cache = StemCache.of(language)
        var stemNumbers = TermMap(capacity: table.count)
        var stems: [Int32] = []
        var forms: [Form] = []
        var wordStem: [Int32] = []
        stems.reserveCapacity(table.count)
        forms.reserveCapacity(table.count)
        wordStem.reserveCapacity(table.count)
        var wordStems: [String: String] = [:]
        for (number, entry) in cache.entries(table).enumerated() {
            let id = stemNumbers.value(of: entry.stem, orInsert: Int32(stems.count))
            if id == stems.count { stems.append(entry.stem) }
            wordStem.append(id)
            forms.append(Form(form: entry.folded, stem: id))
            if keepingWordStems { wordStems[table.string(number)] = cache.name(entry.stem) }
        }
        sectionScores = SectionScores(
            Self.scores(occurrences, wordStem: wordStem, ends: ends, stems: stems.count), stems: stems.count)
        self.sections = sections
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
    /// plus one for each time it is in the text, up to `textCap`; and where it is first. Each word
    /// occurrence (`occurrences`, by word number; `wordStem` the stem of each) is one step on one
    /// state a stem, read through pointers: this runs for every word of every page. A section's
    /// stems are listed in order from a bit each (sorting them was a tenth of the scoring).
    private static func scores(
        _ occurrences: [Int32], wordStem: [Int32], ends: [(heading: Int, text: Int)], stems count: Int
    ) -> [[UInt64]] {
        // A stem's state in the section being read: 0 when it is not in it yet, else 1 << 16,
        // its first position << 8, 1 << 5 when in the heading, and its count in the text.
        var states = [UInt32](repeating: 0, count: count)
        var marks = [UInt64](repeating: 0, count: (count + 63) / 64)
        var scores: [[UInt64]] = []
        scores.reserveCapacity(ends.count)
        states.withUnsafeMutableBufferPointer { states in
            marks.withUnsafeMutableBufferPointer { marks in
                wordStem.withUnsafeBufferPointer { wordStem in
                    occurrences.withUnsafeBufferPointer { occurrences in
                        var start = 0
                        for end in ends {
                            var touched = 0
                            for index in start..<end.text {
                                let id = Int(wordStem[Int(occurrences[index])])
                                var state = states[id]
                                if state == 0 {
                                    marks[id >> 6] |= 1 << UInt64(id & 63)
                                    touched += 1
                                    state = 1 << 16 | UInt32(min(index - start, 255)) << 8
                                }
                                if index < end.heading {
                                    state |= 1 << 5
                                } else if state & 0x1f < textCap {
                                    state += 1
                                }
                                states[id] = state
                            }
                            scores.append(section(states: states, marks: marks, touched: touched))
                            start = end.text
                        }
                    }
                }
            }
        }
        return scores
    }

    /// A section's scores from its stems' `states`, in stem order by `marks`; both are cleared.
    private static func section(
        states: UnsafeMutableBufferPointer<UInt32>, marks: UnsafeMutableBufferPointer<UInt64>, touched: Int
    ) -> [UInt64] {
        var scores: [UInt64] = []
        scores.reserveCapacity(touched)
        for word in marks.indices where marks[word] != 0 {
            var bits = marks[word]
            while bits != 0 {
                let id = word << 6 | bits.trailingZeroBitCount
                bits &= bits - 1
                let state = states[id]
                let score = (state & (1 << 5) != 0 ? headingWeight : 0) + (state & 0x1f)
                scores.append(UInt64(id) << 16 | UInt64(state >> 8 & 0xff) << 8 | UInt64(score))
                states[id] = 0
            }
            marks[word] = 0
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
        return text.withUTF8 { simpleCut($0) } ?? characterCut(text)
    }

    /// `snippet(of:)` of UTF-8 text, made a string only as far as the cut (or whole when the cut
    /// goes by characters).
    static func snippet(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > snippetLength else { return String(decoding: bytes, as: UTF8.self) }
        return simpleCut(bytes) ?? characterCut(String(decoding: bytes, as: UTF8.self))
    }

    private static func characterCut(_ text: String) -> String {
        guard let end = text.index(text.startIndex, offsetBy: snippetLength, limitedBy: text.endIndex),
            end < text.endIndex
        else { return text }
        let cut = text[..<end]
        return String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut)
    }

    /// The cut of `snippet(of:)` when the first `snippetLength + 1` code points (the one after the
    /// cut decides where the last character ends) are all below U+0300 or punctuation of
    /// U+2010–U+2027 and U+2030–U+205E (dashes, quotes, `…`: typography writes them into most
    /// texts), and none is a CR; nil otherwise. None of those joins a character before or after it.
    static func simpleCut(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        var scalars = 0
        var end = 0
        while index < bytes.count, scalars <= snippetLength {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte < 0xcc ? 2 : byte == 0xe2 ? punctuationLength(bytes, at: index) : 0
            guard length > 0, byte != 0x0d else { return nil }
            if scalars == snippetLength { end = index }
            index += length
            scalars += 1
        }
        guard scalars > snippetLength else { return String(decoding: bytes, as: UTF8.self) }
        var cut = end
        while cut > 0, bytes[cut - 1] != 0x20 { cut -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<(cut > 0 ? cut - 1 : end)]), as: UTF8.self)
    }

    /// 3 when the scalar at `index` (lead byte 0xE2) is in U+2010–U+2027 or U+2030–U+205E, else 0.
    @inline(__always) private static func punctuationLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index + 2 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        let inRange =
            (second == 0x80 && ((0x90...0xa7).contains(third) || third >= 0xb0)) || (second == 0x81 && third <= 0x9e)
        return inRange ? 3 : 0
    }
}
