import Foundation

/// How text becomes index words, the same way the search script splits a query: runs of letters
/// and digits, lowercased in the language's way; Romanian also without its marks, so `reclamatiile`
/// finds `reclamațiile` (Romanian is often typed without ș, ț, ă, â, î; in Swedish å, ä and ö are
/// letters of their own and stay).
public enum SearchWords {
    /// The words of `text`, lowercased, as written (marks kept: the stemmer needs them): a
    /// `WordScanner` scan with a string per word.
    public static func words(in text: String, language: String) -> [String] {
        var words: [String] = []
        var scanner = WordScanner(language: language)
        scanner.scan(text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// The scalar starting at `index` of valid UTF-8 (a Swift string's), and its length in bytes.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
        guard length > 1, index + length <= bytes.count else { return (Unicode.Scalar(UInt8(lead)), 1) }
        var value = lead & (0x7f >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3f) }
        return (Unicode.Scalar(value) ?? " ", length)
    }

    /// Letters, digits and the marks that combine with them (a decomposed `ș` stays one word):
    /// what `[\p{L}\p{N}]` matches in the script, on text the browser holds composed. Scalars, not
    /// `Character`s: grapheme breaking made splitting the slowest part of indexing.
    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7a) || (value >= 0x41 && value <= 0x5a)
                || (value >= 0x30 && value <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default: return false
        }
    }

    /// A word as the index keys it and the script looks it up: without marks in Romanian.
    /// As the script folds: decomposed (NFD), combining marks U+0300–U+036F dropped. Latin letters
    /// fold through a table made once; any other letter with a mark goes through Foundation.
    public static func folded(_ word: String, language: String) -> String {
        guard language.hasPrefix("ro"), word.utf8.contains(where: { $0 >= 0x80 }) else { return word }
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar.value < 0x80 {
                out.append(scalar)
            } else if (0x300...0x36f).contains(scalar.value) {
                continue
            } else if let base = latinBase[scalar.value] {
                out.append(contentsOf: base.unicodeScalars)
            } else if (0xc0...0x24f).contains(scalar.value) || (0x1e00...0x1eff).contains(scalar.value) {
                out.append(scalar)
            } else {
                out.append(contentsOf: Self.foundationFolded(String(scalar)).unicodeScalars)
            }
        }
        return String(out)
    }

    /// Each Latin letter with a mark (U+00C0–U+024F, U+1E00–U+1EFF) → its decomposition without
    /// the marks; letters without a decomposition (ø, đ) are not in the table and stay.
    static let latinBase: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in Array(UInt32(0xc0)...0x24f) + Array(UInt32(0x1e00)...0x1eff) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let base = foundationFolded(String(scalar))
            if base != String(scalar) { table[value] = base }
        }
        return table
    }()

    private static func foundationFolded(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36f).contains($0.value) })
        )
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
