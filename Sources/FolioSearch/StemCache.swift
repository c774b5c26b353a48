import Synchronization

/// Each word's Snowball stem and folded form, per language, kept for the life of the process:
/// both are pure functions of the word, and a site's pages share most of their words, so a
/// 10,000-page build stems its vocabulary once instead of each page's words again (and a
/// `folio serve` edit stems only new words). Shared by the threads that index bodies.
///
/// Stems and folded forms are terms, each numbered once for the process: bodies and the index
/// hold those numbers (four bytes) rather than strings (sixteen, and a hash with Unicode
/// normalization at each lookup), and a term's text is asked for only when a file is written.
final class StemCache: Sendable {
    /// A word's stem and folded form, as term numbers.
    struct Entry: Sendable, Equatable {
        let stem: Int32
        let folded: Int32
    }

    private struct State {
        /// The words seen, by their bytes, and each one's entry by number.
        var words = WordTable()
        var entries: [Entry] = []
        /// The terms, by their bytes, and each one's text by number.
        var terms = WordTable()
        var names: [String] = []

        mutating func term(_ text: String) -> Int32 {
            var text = text
            let (number, isNew) = text.withUTF8 { terms.insert($0) }
            if isNew { names.append(text) }
            return number
        }
    }

    private let language: String
    private let state = Mutex(State())

    private init(language: String) {
        self.language = language
    }

    private static let caches = Mutex<[String: StemCache]>([:])

    /// The cache of `language`'s words.
    static func of(_ language: String) -> StemCache {
        caches.withLock { caches in
            if let cache = caches[language] { return cache }
            let cache = StemCache(language: language)
            caches[language] = cache
            return cache
        }
    }

    /// The text of term `number`.
    func name(_ number: Int32) -> String {
        state.withLock { $0.names[Int(number)] }
    }

    /// The texts of `numbers`, in their order (one lock for all).
    func names(_ numbers: some Sequence<Int32>) -> [String] {
        state.withLock { state in numbers.map { state.names[Int($0)] } }
    }

    /// The stems and folded forms of `words` (lowercased), in their order.
    func entries(_ words: [String]) -> [Entry] {
        var table = WordTable()
        let numbers = words.map { word in
            var word = word
            return word.withUTF8 { table.insert($0).number }
        }
        let distinct = entries(table)
        return numbers.map { distinct[Int($0)] }
    }

    /// The stems and folded forms of the words of `table`, by their numbers there; `stemmer` is
    /// made only when a word is new (libstemmer's objects are not shared between threads).
    func entries(_ table: WordTable) -> [Entry] {
        var found: [Entry] = []
        var missing: [Int] = []
        found.reserveCapacity(table.count)
        state.withLock { state in
            for number in 0..<table.count {
                // The same hash as the page's table: it is not computed again.
                if let at = table.withWord(number, { state.words.number(of: $0, hash: table.hash(of: number)) }) {
                    found.append(state.entries[Int(at)])
                } else {
                    found.append(Entry(stem: -1, folded: -1))
                    missing.append(number)
                }
            }
        }
        guard !missing.isEmpty else { return found }
        let stemmer = SnowballStemmer(language: language)
        let texts = missing.map { number in
            let word = table.string(number)
            return (stem: stemmer?.stem(word) ?? word, folded: SearchWords.folded(word, language: language))
        }
        state.withLock { state in
            for (number, text) in zip(missing, texts) {
                let (at, isNew) = table.withWord(number) { state.words.insert($0, hash: table.hash(of: number)) }
                if isNew {
                    state.entries.append(Entry(stem: state.term(text.stem), folded: state.term(text.folded)))
                }
                found[number] = state.entries[Int(at)]
            }
        }
        return found
    }
}
