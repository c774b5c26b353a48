/// How straight double quotes in prose are typeset for a language.
///
/// cmark's own smart punctuation only knows English quotes (“…”), which are wrong in both of the
/// playbook's languages, so Folio typesets quotes itself: Swedish ”…”, Romanian „…”.
public enum QuoteStyle: String, Sendable, Hashable, Codable {
    /// Leave `"` as written.
    case straight
    /// ”…” (Swedish).
    case swedish
    /// „…” (Romanian).
    case romanian

    /// The style customary for a language code, or `straight` when Folio knows none.
    public static func forLanguage(_ code: String) -> QuoteStyle {
        switch code.lowercased().prefix(2) {
        case "sv", "fi": .swedish
        case "ro", "de", "pl", "cs", "hu": .romanian
        default: .straight
        }
    }

    var marks: (open: Character, close: Character)? {
        switch self {
        case .straight: nil
        case .swedish: ("\u{201D}", "\u{201D}")
        case .romanian: ("\u{201E}", "\u{201D}")
        }
    }

    /// Replaces straight double quotes, alternating open and close; `open` carries the state across
    /// the text nodes of one block (a quote may span `*emphasis*`).
    func typeset(_ text: String, open: inout Bool) -> String {
        // A byte test: Foundation's `contains` was 1 % of a build (BENCHMARKS.md); `"` is one UTF-8 byte.
        guard let marks, text.utf8.contains(UInt8(ascii: "\"")) else { return text }
        if let bytes = typesetBytes(text.utf8, marks: marks, open: &open) { return bytes }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\"" {
                result.append(open ? marks.close : marks.open)
                open.toggle()
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The same typesetting over UTF-8 bytes, for text where every `"` is followed by ASCII or ends
    /// the text: such a `"` is a grapheme of its own. Nil otherwise (a combining mark after a quote
    /// joins it into one character, which the `Character` loop leaves alone). Walking characters
    /// was 8 % of a large build's time (BENCHMARKS.md).
    private func typesetBytes(
        _ text: String.UTF8View, marks: (open: Character, close: Character), open: inout Bool
    ) -> String? {
        let quote = UInt8(ascii: "\"")
        var previousWasQuote = false
        for byte in text {
            if previousWasQuote, byte >= 0x80 { return nil }
            previousWasQuote = byte == quote
        }
        let openBytes = Array(String(marks.open).utf8)
        let closeBytes = Array(String(marks.close).utf8)
        var state = open
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 8)
        for byte in text {
            if byte == quote {
                result.append(contentsOf: state ? closeBytes : openBytes)
                state.toggle()
            } else {
                result.append(byte)
            }
        }
        open = state
        return String(decoding: result, as: UTF8.self)
    }
}
