import FolioTestSupport
import Testing

@testable import FolioSearch

/// A snippet is cut by bytes where characters are code points; held to the cut by characters.
struct SnippetTests {
    /// Words cut by bytes (with the punctuation of U+2010–U+2027 and U+2030–U+205E); then what
    /// sits at the border (a combining mark is U+0300, U+02FF is not one; CR LF is one character);
    /// then what is always counted by characters. Each kind is
    /// mixed in alone: one CR in a text sends it all to the count by characters.
    static let simple = [
        "ord", "ärenden", "reclamațiile", "x", "Å", "ß", "-", ".", "\u{2ff}", "“", "”", "–", "…", "\u{2010}",
        "\u{2027}",
        "\u{2030}", "‼", "\u{205e}",
    ]
    static let marks = ["e\u{301}", "\u{301}", "\u{300}", "a\u{36f}"]
    static let returns = ["\r\n", "\r"]
    static let other = [
        "Σοφία", "кот", "👩‍💻", "🇸🇪", "한", "\u{1100}\u{1161}", "\u{200d}", "\u{200f}", "\u{2028}", "\u{202f}",
        "\u{205f}", "\u{2060}", "‼\u{fe0f}", "\u{2062}", "\u{20ac}",
    ]

    /// The cut as it was written first: by characters.
    static func reference(_ text: String) -> String {
        guard let end = text.index(text.startIndex, offsetBy: SearchBody.snippetLength, limitedBy: text.endIndex),
            end < text.endIndex
        else { return text }
        let cut = text[..<end]
        return String(cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut)
    }

    @Test func byteCutEqualsTheCharacterCut() {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SnippetTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        for _ in 0..<2_000 {
            // Mostly near the cut, where it matters: 200–280 characters, words of one kind or mixed.
            let pieces = [
                Self.simple, Self.simple + Self.marks, Self.simple + Self.returns,
                Self.simple + Self.marks + Self.returns + Self.other,
            ][Int(random.next() % 4)]
            var text = ""
            while text.count < 200 + Int(random.next() % 80) {
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                text += piece + (random.next() % 3 == 0 ? "" : " ")
            }
            #expect(SearchBody.snippet(of: text) == Self.reference(text), "seed \(seed): \(text.debugDescription)")
            var bytes = text
            #expect(
                bytes.withUTF8 { SearchBody.snippet(of: $0) } == Self.reference(text),
                "seed \(seed): \(text.debugDescription)")
        }
    }
}
