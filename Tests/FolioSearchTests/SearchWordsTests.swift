import FolioTestSupport
import Foundation
import Testing

@testable import FolioSearch

/// Splitting and squeezing text on UTF-8 bytes (for speed) gives what the plain definitions give:
/// runs of letters, digits and their marks, lowercased; white space made single spaces.
@Suite struct SearchWordsTests {
    /// The definitions, by `Character`, as the index first had them.
    static func referenceWords(_ text: String, language: String) -> [String] {
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

    static let pieces = [
        "Kund", "KUNDERNA", "ärende", "Öppna", "svarstid", "reclamațiile", "Țintă", "ÎNCREDERE", "e\u{301}",
        "s\u{326}", "42", "3,5", "e-post", "(x)", " ", "  ", "\n", "\t", "\u{a0}", "\u{2009}", "\u{3000}", "—", "…",
        "“citat”", "😀", "Straße", "İstanbul", "ǅ", "١٢", "日本語", "#", "&", "<b>", "ÅÄÖ", "ȘȚĂÂÎ", "ŞŢ", "ΣΟΦΊΑ",
        "ΟΔΌΣ", "ПРИВЕТ", "ÆØ", "ĲSSEL", "ǄŊ", "Ⅻ", "ﬃ", "Ω", "K",
    ]

    @Test(arguments: ["sv", "ro"]) func wordsEqualTheDefinitionOnRandomText(language: String) {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SearchWordsTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        for _ in 0..<500 {
            let text = (0..<Int(random.next() % 12)).map { _ in
                Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
            }.joined(separator: random.next() % 2 == 0 ? " " : "")
            #expect(
                SearchWords.words(in: text, language: language) == Self.referenceWords(text, language: language),
                "seed \(seed): \(text.debugDescription)")
            #expect(
                SearchSection.squeezed(text)
                    == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                "seed \(seed): \(text.debugDescription)")
        }
    }
}

extension SearchWordsTests {
    /// Folding by table equals decomposing and dropping the marks, as the script does.
    @Test func romanianFoldingEqualsNFDWithoutMarks() {
        for word in [
            "reclamațiile", "ÎNCREDERE", "țintă", "şi", "ăâîșț", "café", "øre", "ελληνικά", "plain", "e\u{301}",
        ] {
            let expected = String(
                String.UnicodeScalarView(
                    word.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                        !(0x300...0x36f).contains($0.value)
                    }))
            #expect(SearchWords.folded(word, language: "ro") == expected, "\(word)")
        }
        #expect(SearchWords.folded("ärende", language: "sv") == "ärende", "Swedish keeps its letters")
    }
}
