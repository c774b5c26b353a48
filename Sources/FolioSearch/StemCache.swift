import Synchronization

/// Each word's Snowball stem and folded form, per language, kept for the life of the process:
/// both are pure functions of the word, and a site's pages share most of their words, so a
/// 10,000-page build stems its vocabulary once instead of each page's words again (and a
/// `folio serve` edit stems only new words). Shared by the threads that index bodies.
final class StemCache: Sendable {
    struct Entry: Sendable {
        let stem: String
        let folded: String
    }

    private let language: String
    /// The words seen, by their bytes (a `String` key hashed each word with Unicode
    /// normalization), and each one's entry by number.
    private let known = Mutex<(words: WordTable, entries: [Entry])>((WordTable(), []))

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
        known.withLock { known in
            for number in 0..<table.count {
                if let at = table.withWord(number, { known.words.number(of: $0) }) {
                    found.append(known.entries[Int(at)])
                } else {
                    found.append(Entry(stem: "", folded: ""))
                    missing.append(number)
                }
            }
        }
        guard !missing.isEmpty else { return found }
        let stemmer = SnowballStemmer(language: language)
        for number in missing {
            let word = table.string(number)
            found[number] = Entry(
                stem: stemmer?.stem(word) ?? word, folded: SearchWords.folded(word, language: language))
        }
        known.withLock { known in
            for number in missing {
                let (at, isNew) = table.withWord(number) { known.words.insert($0) }
                if isNew { known.entries.append(found[number]) } else { found[number] = known.entries[Int(at)] }
            }
        }
        return found
    }
}
