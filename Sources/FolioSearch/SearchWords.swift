import Foundation

/// How text becomes index words, the same way the search script splits a query: runs of letters
/// and digits, lowercased in the language's way; Romanian also without its marks, so `reclamatiile`
/// finds `reclamațiile` (Romanian is often typed without ș, ț, ă, â, î; in Swedish å, ä and ö are
/// letters of their own and stay).
public enum SearchWords {
    /// The words of `text`, lowercased, as written (marks kept: the stemmer needs them).
    public static func words(in text: String, language: String) -> [String] {
        words(in: text, locale: Locale(identifier: language))
    }

    /// The words of `text`, lowercased in `locale`'s way.
    static func words(in text: String, locale: Locale) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current.lowercased(with: locale))
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased(with: locale)) }
        return words
    }

    /// A word as the index keys it and the script looks it up: without marks in Romanian.
    public static func folded(_ word: String, language: String) -> String {
        guard language.hasPrefix("ro") else { return word }
        return word.folding(options: [.diacriticInsensitive], locale: Locale(identifier: language))
    }

    /// The form shard a word goes to among `count`: its first character's code point modulo
    /// `count`, as the script computes it (`codePointAt(0) % f`).
    static func formBucket(of word: String, count: Int) -> Int {
        Int(word.unicodeScalars.first?.value ?? 0) % max(1, count)
    }

    /// The postings shard a stem goes to among `count`: FNV-1a over its UTF-16 code units, as the
    /// script computes it with `Math.imul`.
    static func postingBucket(of stem: String, count: Int) -> Int {
        var hash: UInt32 = 0x811c_9dc5
        for unit in stem.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 0x0100_0193
        }
        return Int(hash % UInt32(max(1, count)))
    }
}
