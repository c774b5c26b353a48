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
    private let entries = Mutex<[String: Entry]>([:])

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

    /// The stems and folded forms of `words` (lowercased), in their order; `stemmer` is made only
    /// when a word is new (libstemmer's objects are not shared between threads).
    func entries(_ words: [String]) -> [Entry] {
        var found: [Entry] = []
        var missing: [Int] = []
        found.reserveCapacity(words.count)
        entries.withLock { known in
            for (index, word) in words.enumerated() {
                if let entry = known[word] {
                    found.append(entry)
                } else {
                    found.append(Entry(stem: word, folded: word))
                    missing.append(index)
                }
            }
        }
        guard !missing.isEmpty else { return found }
        let stemmer = SnowballStemmer(language: language)
        for index in missing {
            let word = words[index]
            found[index] = Entry(
                stem: stemmer?.stem(word) ?? word, folded: SearchWords.folded(word, language: language))
        }
        entries.withLock { known in
            for index in missing { known[words[index]] = found[index] }
        }
        return found
    }
}
