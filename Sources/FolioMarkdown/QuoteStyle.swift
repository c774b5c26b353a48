/// How straight quotes in prose are typeset for a language: `"…"` as typed becomes the language's
/// quotation marks, and `'…'` inside it the marks of a quotation within a quotation.
///
/// cmark's own smart punctuation only knows American quotes (“…”), which are wrong in most of the
/// languages Folio ships, so Folio typesets quotes itself, as each language's style guide asks.
public enum QuoteStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// Leave `"` as written.
    case straight
    /// ”…” with ’…’ inside (Swedish, Svenska skrivregler; Finnish, Kielitoimiston ohjepankki).
    case swedish
    /// „…” with «…» inside (Romanian, DOOM).
    case romanian
    /// ‘…’ with “…” inside (British English, New Hart's Rules; the `en` default).
    case british
    /// “…” with ‘…’ inside (American English, The Chicago Manual of Style; a site with locale `en_US`).
    case american
    /// „…“ with ‚…‘ inside (German, Duden).
    case german
    /// «…» with ‘…’ inside (Norwegian, Språkrådet).
    case norwegian
    /// »…« with ›…‹ inside (Danish: the marks of Danish book and newspaper typography; ”…” is the other
    /// form Dansk Sprognævn allows, „…“ is rare today).
    case danish

    /// The style customary for a language code, or `straight` when Folio knows none. `locale` (the
    /// site's ICU locale for the language, such as `en_US`) picks between regional styles.
    public static func forLanguage(_ code: String, locale: String? = nil) -> QuoteStyle {
        let tag = (locale ?? code).lowercased()
        switch code.lowercased().prefix(2) {
        case "sv", "fi": return .swedish
        case "ro", "pl", "cs", "hu": return .romanian
        case "de": return .german
        case "nb", "nn", "no": return .norwegian
        case "da": return .danish
        case "en": return tag.hasPrefix("en_us") || tag.hasPrefix("en-us") ? .american : .british
        default: return .straight
        }
    }

    /// The marks of a quotation and of a quotation inside it; nil for `straight`.
    var quotes: (open: Character, close: Character, innerOpen: Character, innerClose: Character)? {
        switch self {
        case .straight: nil
        case .swedish: ("\u{201D}", "\u{201D}", "\u{2019}", "\u{2019}")
        case .romanian: ("\u{201E}", "\u{201D}", "\u{00AB}", "\u{00BB}")
        case .british: ("\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}")
        case .american: ("\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}")
        case .german: ("\u{201E}", "\u{201C}", "\u{201A}", "\u{2018}")
        case .norwegian: ("\u{00AB}", "\u{00BB}", "\u{2018}", "\u{2019}")
        case .danish: ("\u{00BB}", "\u{00AB}", "\u{203A}", "\u{2039}")
        }
    }

    var marks: (open: Character, close: Character)? {
        quotes.map { ($0.open, $0.close) }
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
