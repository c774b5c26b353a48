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
    ///
    /// ASCII characters, most of any title, are handled as bytes; only the others go through the
    /// lowercasing and the transliteration tables (this was 6 % of a large build before).
    public static func make(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        func append(_ part: some Sequence<UInt8>) {
            if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            slug.append(contentsOf: part)
        }
        func take(_ ascii: UInt8) {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                append(CollectionOfOne(ascii))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(CollectionOfOne(ascii + 32))
            default: pendingHyphen = true
            }
        }
        func take(_ character: Character) {
            if let ascii = character.asciiValue {
                take(ascii)
            } else if let replacement = special[character] ?? folded[character] {
                append(replacement.utf8)
            } else if character.isLetter || character.isNumber {
                let plain = fold(String(character))
                if plain.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                    append(plain.utf8)
                } else {
                    // A letter with no ASCII form (e.g. Greek): keep it rather than lose the word.
                    append(String(character).utf8)
                }
            } else {
                pendingHyphen = true
            }
        }
        // Plain ASCII (most headings and file names) needs no grapheme breaking at all.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { take(byte) }
            return String(decoding: slug, as: UTF8.self)
        }
        for character in text {
            if character.asciiValue != nil {
                take(character)
            } else {
                for lower in character.lowercased() { take(lower) }
            }
        }
        return String(decoding: slug, as: UTF8.self)
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
