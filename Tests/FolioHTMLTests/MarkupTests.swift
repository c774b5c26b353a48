import FolioHTML
import FolioTestSupport
import Testing

@Suite struct MarkupTests {
    /// The definition: every `& < > " '` scalar replaced, every other scalar kept.
    func referenceEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func escapesEveryScalarAsTheDefinitionSays() {
        let seed = UInt64.random(in: 0...UInt64.max)
        print("MarkupTests.escapesEveryScalarAsTheDefinitionSays: seed \(seed)")
        var random = SeededRandom(seed: seed)
        // Markup characters, combining marks after them, letters of every UTF-8 length, emoji.
        let pieces: [String] = [
            "&", "<", ">", "\"", "'", "a", " ", "\u{301}", "\u{20DD}", "å", "ș", "ț", "Σ", "日", "😀", "👩‍👩‍👧",
            "&amp;", "\r\n", "\0", "\u{FEFF}",
        ]
        for round in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &random)
            let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            #expect(
                Markup.escaped(text) == referenceEscaped(text), "seed \(seed), round \(round): \(text.debugDescription)"
            )
        }
    }

    @Test func escapesAQuoteFollowedByACombiningMark() {
        // One `Character` (`"` and U+0301), but the browser ends the attribute at the quote.
        #expect(Markup.escaped("a\"\u{301} onclick=x") == "a&quot;\u{301} onclick=x")
        #expect(Markup.escaped("<\u{301}script>") == "&lt;\u{301}script&gt;")
    }
}
