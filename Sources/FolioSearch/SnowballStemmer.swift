import Cstemmer

/// A Snowball stemmer from Debian's libstemmer (2.2.0: Swedish, Romanian, Danish, Norwegian,
/// Finnish, German, English): the same algorithms as the Snowball project's own, no hand-written
/// rules. libstemmer's objects keep state between calls, so each stemmer is used by one task only
/// and freed with it; `SearchIndex` makes one per language and build.
final class SnowballStemmer {
    private let stemmer: OpaquePointer

    /// The Snowball algorithm for an ISO 639-1 code, or nil when libstemmer has none.
    static func algorithm(for language: String) -> String? {
        let names = [
            "sv": "swedish", "ro": "romanian", "da": "danish", "nb": "norwegian", "nn": "norwegian",
            "no": "norwegian", "fi": "finnish", "de": "german", "en": "english", "fr": "french", "es": "spanish",
            "it": "italian", "nl": "dutch", "pt": "portuguese",
        ]
        return names[String(language.prefix(2))]
    }

    /// Nil for a language libstemmer does not know: its words are then indexed as they are.
    init?(language: String) {
        guard let algorithm = Self.algorithm(for: language), let made = sb_stemmer_new(algorithm, "UTF_8") else {
            return nil
        }
        stemmer = made
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of one lowercased word.
    func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        let count = Int32(bytes.count)
        return bytes.withUnsafeBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress, let result = sb_stemmer_stem(stemmer, base, count) else {
                return word
            }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
