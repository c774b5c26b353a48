import Foundation

/// How text becomes index words, the same way the search script splits a query: runs of letters
/// and digits, lowercased in the language's way; Romanian also without its marks, so `reclamatiile`
/// finds `reclamațiile` (Romanian is often typed without ș, ț, ă, â, î; in Swedish å, ä and ö are
/// letters of their own and stay).
public enum SearchWords {
    /// The words of `text`, lowercased, as written (marks kept: the stemmer needs them).
    public static func words(in text: String, language: String) -> [String] {
        let locale = Locale(identifier: language)
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

    /// The shard a word's entries go to: its first letter, as a file-name-safe hex code (`6b`, `e5`).
    public static func shardKey(of word: String) -> String {
        guard let first = word.unicodeScalars.first else { return "0" }
        return String(first.value, radix: 16)
    }
}
