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

    /// The slug of a title or file name; empty when nothing usable remains.
    public static func make(_ text: String) -> String {
        let folded = text.lowercased().folding(options: [.diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingHyphen = false
        for character in folded {
            if let replacement = special[character] {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug += replacement
            } else if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else if character.isLetter || character.isNumber {
                // A letter with no ASCII form (e.g. Greek): keep it rather than lose the word.
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else {
                pendingHyphen = true
            }
        }
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
