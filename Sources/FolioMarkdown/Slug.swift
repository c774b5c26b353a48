import Foundation

/// URL- and id-safe slugs that keep Swedish and Romanian words readable.
///
/// Diacritics are transliterated consistently (å ä → a, ö → o, ă â → a, î → i, ș ş → s, ț ţ → t),
/// so `Första kontakten` becomes `forsta-kontakten`: plain ASCII that survives every web host,
/// link checker and copy-paste.
public enum Slug {
    private static let special: [Character: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i",
    ]

    /// The Latin letters with diacritics that Swedish, Romanian and their neighbours use, each
    /// mapped once through Foundation's diacritic folding; other characters are folded one by one.
    /// Folding a whole title through Foundation was most of the cost of a heading id.
    private static let folded: [Character: String] = {
        let letters = "àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšșţťțùúûüũūŭůűųŵýÿŷźżž"
        return Dictionary(uniqueKeysWithValues: letters.map { ($0, fold(String($0))) })
    }()

    private static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The slug of a title or file name; empty when nothing usable remains.
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        func append(_ part: some StringProtocol) {
            if pendingHyphen && !slug.isEmpty { slug.append("-") }
            pendingHyphen = false
            slug += part
        }
        func take(_ character: Character) {
            if let replacement = special[character] {
                append(replacement)
            } else if character.isASCII {
                if character.isLetter || character.isNumber { append(String(character)) } else { pendingHyphen = true }
            } else if let replacement = folded[character] {
                append(replacement)
            } else if character.isLetter || character.isNumber {
                let plain = fold(String(character))
                if plain.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                    append(plain)
                } else {
                    // A letter with no ASCII form (e.g. Greek): keep it rather than lose the word.
                    append(String(character))
                }
            } else {
                pendingHyphen = true
            }
        }
        for character in text.lowercased() { take(character) }
        return slug
    }

    /// A slug not yet in `used`, suffixed `-2`, `-3`… as needed; records the result in `used`.
    public static func unique(_ text: String, fallback: String, used: inout Set<String>) -> String {
        let made = make(text)
        let base = made.isEmpty ? fallback : made
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
