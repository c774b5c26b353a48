import Foundation
import Testing

@testable import FolioData

/// The fast path must give exactly what Foundation's trim gives (a differential test, as for templates).
@Suite("WhitespaceTrim")
struct WhitespaceTrimTests {
    static let samples = [
        "", " ", "a", " a", "a ", "\ta\n", "87,5 %", "1\u{00A0}234", "\u{00A0}12\u{00A0}", "\u{202F}x", "x\u{2009}",
        "e\u{301}", "\u{301}e", "a\r", "\r\na\r\n", "\u{0B}v\u{0C}", "\u{85}n\u{85}", "Göteborg", " ö ",
        "\u{3000}全角\u{3000}",
        "2024-11-01T07:19", "~", "!!", "\u{7F}x\u{7F}",
    ]

    @Test(arguments: samples)
    func matchesFoundationTrim(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
