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
        var text = text
        if let bytes = text.withUTF8({ typeset(utf8: $0, open: &open) }) {
            return String(decoding: bytes, as: UTF8.self)
        }
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
    /// joins it into one character, which the `Character` loop leaves alone), and `open` is then
    /// untouched. Walking characters was 8 % of a large build's time (BENCHMARKS.md).
    func typeset(utf8 text: UnsafeBufferPointer<UInt8>, open: inout Bool) -> [UInt8]? {
        guard let marks else { return nil }
        let quote = UInt8(ascii: "\"")
        var quotes = 0
        for index in text.indices where text[index] == quote {
            if index + 1 < text.count, text[index + 1] >= 0x80 { return nil }
            quotes += 1
        }
        let openBytes = Array(String(marks.open).utf8)
        let closeBytes = Array(String(marks.close).utf8)
        var state = open
        var result: [UInt8] = []
        result.reserveCapacity(text.count + quotes * 2 + 1)
        var start = 0
        for index in text.indices where text[index] == quote {
            result.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            result.append(contentsOf: state ? closeBytes : openBytes)
            state.toggle()
            start = index + 1
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        open = state
        return result
    }
}
