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

    /// What one character adds to a slug: text, or a word break (a hyphen if more text follows).
    enum Piece: Sendable, Equatable {
        case text([UInt8])
        case separator
    }

    /// The slug of a title or file name; empty when nothing usable remains.
    ///
    /// ASCII characters, most of any title, are handled as bytes; letters with diacritics come from
    /// a table of precomputed pieces. Only text with other characters (combining marks, scripts
    /// without an ASCII form) goes through grapheme breaking, lowercasing and folding, which was
    /// 3 % of a large build's time (BENCHMARKS.md).
    public static func make(_ text: String) -> String {
        var builder = Builder(capacity: text.utf8.count)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { builder.take(byte) }
            return builder.string
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                builder.take(UInt8(scalar.value))
            } else if let known = tablePieces[scalar.value] {
                for piece in known { builder.add(piece) }
            } else {
                return makeByCharacters(text)
            }
        }
        return builder.string
    }

    /// The reference algorithm: character by character, lowercased, then transliterated.
    static func makeByCharacters(_ text: String) -> String {
        var builder = Builder(capacity: text.utf8.count)
        for character in text {
            for piece in pieces(of: character) { builder.add(piece) }
        }
        return builder.string
    }

    /// The pieces `character` adds, whatever surrounds it.
    static func pieces(of character: Character) -> [Piece] {
        if let ascii = character.asciiValue { return [asciiPiece(ascii)] }
        return character.lowercased().map(lowercasePiece)
    }

    private static func asciiPiece(_ ascii: UInt8) -> Piece {
        switch ascii {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): .text([ascii])
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .text([ascii + 32])
        default: .separator
        }
    }

    private static func lowercasePiece(_ character: Character) -> Piece {
        if let ascii = character.asciiValue { return asciiPiece(ascii) }
        if let replacement = special[character] ?? folded[character] { return .text(Array(replacement.utf8)) }
        guard character.isLetter || character.isNumber else { return .separator }
        let plain = fold(String(character))
        if plain.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) { return .text(Array(plain.utf8)) }
        // A letter with no ASCII form (e.g. Greek): keep it rather than lose the word.
        return .text(Array(String(character).utf8))
    }

    /// Pieces for Latin-1, Latin Extended-A and -B and the general punctuation dashes and quotes,
    /// by scalar. None of these scalars joins a neighbour into one grapheme, so each is a character
    /// of its own wherever it stands and its pieces are the same in any text
    /// (`SlugTests.tableMatchesCharacters` checks every one).
    static let tablePieces: [UInt32: [Piece]] = {
        var table: [UInt32: [Piece]] = [:]
        for value: UInt32 in Array(0xA0...0x24F) + Array(0x2010...0x201F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            table[value] = pieces(of: Character(scalar))
        }
        return table
    }()

    /// The slug under construction: hyphens only between words, never leading or doubled.
    private struct Builder {
        var bytes: [UInt8] = []
        var pendingHyphen = false

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        var string: String { String(decoding: bytes, as: UTF8.self) }

        mutating func take(_ ascii: UInt8) {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): append(ascii)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(ascii + 32)
            default: pendingHyphen = true
            }
        }

        mutating func add(_ piece: Piece) {
            switch piece {
            case .text(let part):
                if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                bytes.append(contentsOf: part)
            case .separator: pendingHyphen = true
            }
        }

        private mutating func append(_ byte: UInt8) {
            if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            bytes.append(byte)
        }
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
